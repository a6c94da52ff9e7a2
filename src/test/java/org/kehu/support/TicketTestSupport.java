package org.kehu.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.kehu.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Tickets through the REST API as the demo service staff ({@code service}) and manager ({@code servicelead}). */
abstract class TicketTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void realTime() {
        clock.set(java.time.Instant.now());
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    long customerId() {
        return jdbc.sql("select min(id) from customer").query(Long.class).single();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    long departmentId(String code) {
        return jdbc.sql("select id from department where code = :c").param("c", code).query(Long.class).single();
    }

    ResultActions call(String username, String url, String body) throws Exception {
        return mvc.perform(post(url).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode ok(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        int status = result.andReturn().getResponse().getStatus();
        if (status >= 300) {
            throw new AssertionError("HTTP " + status + ": " + body);
        }
        return json.readTree(body);
    }

    /** Creates a ticket as service staff and answers its id. */
    long create(String type, String extra) throws Exception {
        JsonNode t = ok(call("service", "/api/v1/tickets", "{\"customerId\":" + customerId() + ",\"typeCode\":\"" + type
                + "\",\"priorityCode\":\"NORMAL\",\"channel\":\"PHONE\",\"subject\":\"测试 " + type + "\"" + extra + "}"));
        return t.get("ticket").get("id").asLong();
    }

    JsonNode assign(long id) throws Exception {
        return ok(call("servicelead", "/api/v1/tickets/" + id + "/assign", "{\"assigneeId\":" + userId("service") + "}"));
    }

    JsonNode handle(long id) throws Exception {
        return ok(call("service", "/api/v1/tickets/" + id + "/handle", "{\"note\":\"已处理\"}"));
    }

    JsonNode feedback(long id, int satisfaction) throws Exception {
        return ok(call("service", "/api/v1/tickets/" + id + "/feedback", "{\"satisfaction\":" + satisfaction + ",\"comment\":\"好\"}"));
    }

    /** A product with {@code onHand} in a new warehouse: answers {productId, warehouseId}. */
    long[] stock(BigDecimal onHand) {
        String suffix = String.valueOf(System.nanoTime());
        long category = jdbc.sql("""
                insert into product_category(code, name_zh, name_en) values (:c, '备件', 'Spare parts') returning id""")
                .param("c", "SP" + suffix.substring(suffix.length() - 8)).query(Long.class).single();
        long product = jdbc.sql("""
                insert into product(code, name, category_id, unit_code, price) values (:c, '主轴轴承', :cat, 'PCS', 120) returning id""")
                .param("c", "BRG-" + suffix).param("cat", category).query(Long.class).single();
        long warehouse = jdbc.sql("insert into warehouse(code, name) values (:c, '备件库') returning id")
                .param("c", "W" + suffix.substring(suffix.length() - 10)).query(Long.class).single();
        jdbc.sql("insert into stock(product_id, warehouse_id, on_hand) values (:p, :w, :q)")
                .param("p", product).param("w", warehouse).param("q", onHand).update();
        return new long[] {product, warehouse};
    }

    BigDecimal onHand(long product, long warehouse) {
        return jdbc.sql("select on_hand from stock where product_id = :p and warehouse_id = :w")
                .param("p", product).param("w", warehouse).query(BigDecimal.class).single();
    }
}

package org.kehu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbers and texts larger than their columns are refused by the checks, naming the field, before the
 * database would refuse them: order lines and notes, ticket charges and spare parts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ColumnBoundsApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    long customer;
    long product;
    long warehouse;

    @BeforeEach
    void data() {
        customer = jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id
                where u.username = 'manager' and c.id > 127 order by c.id limit 1""").query(Long.class).single();
        long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values ('T-BOUND', '测试', 'Test') returning id")
                .query(Long.class).single();
        product = jdbc.sql("insert into product(code, name, category_id, unit_code, price) values ('T-BOUND-1', '测试轴承', ?, 'PIECE', 120) returning id")
                .params(category).query(Long.class).single();
        warehouse = jdbc.sql("insert into warehouse(code, name, sort_order) values ('T-WH-BOUND', '测试仓库', 99) returning id")
                .query(Long.class).single();
        jdbc.sql("insert into stock(product_id, warehouse_id, on_hand) values (?, ?, 100)").params(product, warehouse).update();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    ResultActions call(String username, String url, String body) throws Exception {
        return mvc.perform(post(url).with(user(accounts.loadUserByUsername(username))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    String order(String line, String extra) {
        return "{\"customerId\":" + customer + ",\"warehouseId\":" + warehouse + ",\"lines\":[" + line + "]" + extra + "}";
    }

    @Test
    void refusesOrderNumbersAndTextsLargerThanTheirColumnsAndWritesNothing() throws Exception {
        long orders = count("sales_order");
        long lines = count("sales_order_line");
        refused(call("manager", "/api/v1/orders", order("{\"productId\":" + product + ",\"quantity\":1e308}", "")),
                "lines[0].quantity");
        refused(call("manager", "/api/v1/orders", order("{\"productId\":" + product + ",\"quantity\":1,\"unitPrice\":1e308}", "")),
                "lines[0].unitPrice");
        refused(call("manager", "/api/v1/orders", order("{\"productId\":" + product + ",\"quantity\":1,\"unitPrice\":1e13}", "")),
                "lines[0].unitPrice");
        refused(call("manager", "/api/v1/orders", order("{\"productId\":" + product + ",\"quantity\":99999999999,\"unitPrice\":99999}", "")),
                "lines[0].quantity");
        refused(call("manager", "/api/v1/orders", order("{\"productId\":" + product + ",\"quantity\":1}",
                ",\"note\":\"" + "长".repeat(100_000) + "\"")), "note");
        refused(call("manager", "/api/v1/orders", order("{\"productId\":" + product + ",\"quantity\":1e-999999999}", "")),
                "lines[0].quantity");
        assertThat(count("sales_order")).isEqualTo(orders);
        assertThat(count("sales_order_line")).isEqualTo(lines);
    }

    @Test
    void refusesTicketChargesOverTheColumnAndPartsInFractionsOfAPiece() throws Exception {
        long ticketCustomer = jdbc.sql("select min(id) from customer where id > 127").query(Long.class).single();
        JsonNode created = json.readTree(call("service", "/api/v1/tickets", "{\"customerId\":" + ticketCustomer
                + ",\"typeCode\":\"REPAIR\",\"priorityCode\":\"NORMAL\",\"channel\":\"PHONE\",\"subject\":\"主轴异响\"}")
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString());
        long id = created.get("ticket").get("id").asLong();
        long service = jdbc.sql("select id from app_user where username = 'service'").query(Long.class).single();
        call("servicelead", "/api/v1/tickets/" + id + "/assign", "{\"assigneeId\":" + service + "}")
                .andExpect(status().is2xxSuccessful());
        long parts = count("ticket_part");
        refused(call("service", "/api/v1/tickets/" + id + "/handle", "{\"note\":\"更换\",\"charges\":1e308}"), "charges");
        refused(call("service", "/api/v1/tickets/" + id + "/handle", "{\"note\":\"更换\",\"charges\":1e12}"), "charges");
        refused(call("service", "/api/v1/tickets/" + id + "/handle", """
                {"note":"更换","warehouseId":%d,"parts":[{"productId":%d,"quantity":0.0001}]}""".formatted(warehouse, product)),
                "parts");
        refused(call("service", "/api/v1/tickets/" + id + "/handle", "{\"note\":\"a\\u0000b\"}"), "note");
        assertThat(count("ticket_part")).isEqualTo(parts);
        assertThat(jdbc.sql("select on_hand from stock where product_id = ? and warehouse_id = ?").params(product, warehouse)
                .query(BigDecimal.class).single()).isEqualByComparingTo("100");
        assertThat(jdbc.sql("select status from ticket where id = ?").params(id).query(String.class).single()).isEqualTo("ASSIGNED");
    }
}

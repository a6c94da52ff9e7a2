package org.kehu.order;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.kehu.catalog.Inventory;
import org.kehu.catalog.StockLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A warehouse of the test's own with two products in stock (gear: 10 at ¥200.00, shaft: 3 at ¥1,000.00) and a
 * customer owned by {@code manager}; orders are created through the API.
 */
abstract class OrderTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inventory inventory;

    final JsonMapper json = JsonMapper.builder().build();

    long warehouse;
    long gear;
    long shaft;
    long customer;

    @BeforeEach
    void stockAndCustomer() {
        long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values ('T-ORD', '测试', 'Test') returning id")
                .query(Long.class).single();
        gear = product(category, "T-GEAR", "测试齿轮", "200.00");
        shaft = product(category, "T-SHAFT", "测试传动轴", "1000.00");
        warehouse = jdbc.sql("insert into warehouse(code, name, sort_order) values ('T-WH-ORD', '测试仓库', 99) returning id")
                .query(Long.class).single();
        inventory.receive(warehouse, List.of(new StockLine(gear, BigDecimal.TEN), new StockLine(shaft, BigDecimal.valueOf(3))),
                "opening stock", null);
        long manager = userId("manager");
        customer = jdbc.sql("""
                insert into customer(code, name, name_initials, address, owner_id, status, created_by)
                values ('KHTEST-ORD', '测试订单客户有限公司', 'csddkhyxgs', '武汉市东湖高新区光谷大道1号', ?, 'ACTIVE', ?) returning id""")
                .params(manager, manager).query(Long.class).single();
    }

    private long product(long category, String code, String name, String price) {
        return jdbc.sql("insert into product(code, name, category_id, unit_code, price) values (?, ?, ?, 'PIECE', ?) returning id")
                .params(code, name, category, new BigDecimal(price)).query(Long.class).single();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    String orderJson(String lines) {
        return "{\"customerId\":" + customer + ",\"warehouseId\":" + warehouse + ",\"lines\":[" + lines + "]}";
    }

    ResultActions postOrder(String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/orders").with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** A pending order of 2 gears at ¥200 less 10 % and 1 shaft at the list price. */
    JsonNode createOrder() throws Exception {
        String body = postOrder("manager", orderJson("{\"productId\":" + gear + ",\"quantity\":2,\"discount\":10},"
                + "{\"productId\":" + shaft + ",\"quantity\":1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    ResultActions step(String username, long orderId, String step) throws Exception {
        return mvc.perform(post("/api/v1/orders/" + orderId + "/" + step).with(as(username)).with(csrf()));
    }

    BigDecimal available(long product) {
        return inventory.available(product, warehouse);
    }
}

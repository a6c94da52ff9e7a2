package org.kehu.analytics.targets;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.kehu.catalog.Inventory;
import org.kehu.catalog.StockLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * A fresh seller in the sales department (the director's) with a customer, stock and orders placed through the order
 * API, so that the read model holds revenue that the test knows.
 */
abstract class TargetTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    Inventory inventory;

    final JsonMapper json = JsonMapper.builder().build();
    long warehouse;
    long gear;
    long shaft;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** An account manager in the given department; answers the username. */
    String seller(String department) {
        String username = "tgt" + System.nanoTime() % 1_000_000_000L;
        long id = jdbc.sql("""
                insert into app_user(username, password_hash, name, department_id)
                values (:u, 'x', :n, (select id from department where code = :d)) returning id""")
                .param("u", username).param("n", "目标测试" + username).param("d", department).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'ACCOUNT_MANAGER'")
                .param("id", id).update();
        return username;
    }

    long idOf(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    void stock() {
        long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values ('T-TGT', '目标', 'Targets') returning id")
                .query(Long.class).single();
        gear = product(category, "T-TGT-GEAR", "200.00");
        shaft = product(category, "T-TGT-SHAFT", "1000.00");
        warehouse = jdbc.sql("insert into warehouse(code, name, sort_order) values ('T-WH-TGT', '目标仓库', 99) returning id")
                .query(Long.class).single();
        inventory.receive(warehouse, List.of(new StockLine(gear, BigDecimal.valueOf(50)), new StockLine(shaft, BigDecimal.TEN)),
                "opening stock", null);
    }

    long customerOf(String username) {
        long owner = idOf(username);
        return jdbc.sql("""
                insert into customer(code, name, name_initials, address, owner_id, status, created_by)
                values (:code, :name, 'mbcs', '武汉市', :o, 'ACTIVE', :o) returning id""")
                .param("code", "KHT" + System.nanoTime() % 1_000_000_000L).param("name", "目标测试客户" + owner)
                .param("o", owner).query(Long.class).single();
    }

    /** An order placed by the customer's owner; confirmed by the director when {@code confirm}. */
    long order(String owner, long customer, String lines, boolean confirm) throws Exception {
        String body = mvc.perform(post("/api/v1/orders").with(as(owner)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + customer + ",\"warehouseId\":" + warehouse + ",\"lines\":[" + lines + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        if (confirm) {
            mvc.perform(post("/api/v1/orders/" + id + "/confirm").with(as("director")).with(csrf())).andExpect(status().isOk());
        }
        return id;
    }

    private long product(long category, String code, String price) {
        return jdbc.sql("insert into product(code, name, category_id, unit_code, price) values (?, ?, ?, 'PIECE', ?) returning id")
                .params(code, code, category, new BigDecimal(price)).query(Long.class).single();
    }

}

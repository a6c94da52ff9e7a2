package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Contract files staff share with the customer: the portal lists and serves only those, only to the order's company. */
@SpringBootTest
@AutoConfigureMockMvc
class SharedContractTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    long orderId;
    String number;
    long shared;
    long kept;

    @BeforeEach
    void twoContractsOnAnOrderOfTheBuyer() {
        jdbc.sql("select setval(pg_get_serial_sequence('sales_order_contract', 'id'), greatest(1000, (select coalesce(max(id), 0) from sales_order_contract)))")
                .query(Long.class).single();
        var row = jdbc.sql("""
                select o.id, o.number from sales_order o
                 where o.customer_id = (select customer_id from portal_account where login = 'buyer') order by o.id desc limit 1""")
                .query().singleRow();
        orderId = ((Number) row.get("id")).longValue();
        number = (String) row.get("number");
        shared = contract("共享合同测试.pdf");
        kept = contract("内部合同测试.pdf");
    }

    private long contract(String name) {
        return jdbc.sql("""
                insert into sales_order_contract(order_id, filename, content_type, size_bytes, content) values (?, ?, 'application/pdf', 8, ?)
                returning id""").params(orderId, name, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).query(Long.class).single();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from sales_order_contract where id in (?, ?)").params(shared, kept).update();
    }

    private Cookie portal(String login) throws Exception {
        return mvc.perform(formLogin("/portal/login").user(login).password("demo123")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    @Test
    void theAccountManagerSharesAFileWhichTheBuyerDownloadsAndNoOtherFile() throws Exception {
        assertThat(shared).isGreaterThan(1000);
        mvc.perform(post("/orders/" + orderId + "/contracts/" + shared + "/share").param("shared", "true")
                .with(user(accounts.loadUserByUsername("manager"))).with(csrf())).andExpect(status().is3xxRedirection());
        Cookie buyer = portal("buyer");
        String page = mvc.perform(get("/portal/orders/" + number).cookie(buyer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("共享合同测试.pdf").doesNotContain("内部合同测试.pdf");
        mvc.perform(get("/portal/orders/" + number + "/contracts/" + shared).cookie(buyer)).andExpect(status().isOk())
                .andExpect(content().string("%PDF-1.4"));
        mvc.perform(get("/portal/orders/" + number + "/contracts/" + kept).cookie(buyer)).andExpect(status().isNotFound());

        Cookie buyer2 = portal("buyer2");
        mvc.perform(get("/portal/orders/" + number + "/contracts/" + shared).cookie(buyer2)).andExpect(status().isNotFound());

        // another owner's manager may not share it; stopping the sharing hides it again
        mvc.perform(post("/orders/" + orderId + "/contracts/" + kept + "/share").param("shared", "true")
                .with(user(accounts.loadUserByUsername("manager2"))).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/orders/" + orderId + "/contracts/" + shared + "/share").param("shared", "false")
                .with(user(accounts.loadUserByUsername("manager"))).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/orders/" + number + "/contracts/" + shared).cookie(buyer)).andExpect(status().isNotFound());
    }
}

package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * 质量评价: the customer scores each line of a delivered order on the portal; staff read the mean and the comments on
 * the product page; another company's contact reaches nothing of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QualityEvaluationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    long orderId;
    String number;
    String status;
    long lineId;
    long productId;

    @BeforeEach
    void aDeliveredOrderOfTheBuyer() {
        jdbc.sql("select setval(pg_get_serial_sequence('order_quality_evaluation', 'id'), greatest(1000, (select coalesce(max(id), 0) from order_quality_evaluation)))")
                .query(Long.class).single();
        var row = jdbc.sql("""
                select o.id, o.number, o.status, l.id as line_id, l.product_id from sales_order o
                  join sales_order_line l on l.order_id = o.id
                 where o.customer_id = (select customer_id from portal_account where login = 'buyer')
                 order by o.id desc, l.id limit 1""").query().singleRow();
        orderId = ((Number) row.get("id")).longValue();
        number = (String) row.get("number");
        status = (String) row.get("status");
        lineId = ((Number) row.get("line_id")).longValue();
        productId = ((Number) row.get("product_id")).longValue();
        jdbc.sql("update sales_order set status = 'DELIVERED' where id = ?").param(orderId).update();
    }

    @AfterEach
    void restore() {
        jdbc.sql("delete from order_quality_evaluation where order_id = ?").param(orderId).update();
        jdbc.sql("update sales_order set status = ? where id = ?").params(status, orderId).update();
    }

    private Cookie portal(String login) throws Exception {
        return mvc.perform(formLogin("/portal/login").user(login).password("demo123")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String evaluationUrl() {
        return "/portal/orders/" + number + "/lines/" + lineId + "/evaluation";
    }

    @Test
    void theBuyerEvaluatesALineOfADeliveredOrderAndStaffSeeItOnTheProduct() throws Exception {
        Cookie buyer = portal("buyer");
        assertThat(html(get("/portal/orders/" + number).cookie(buyer))).contains("id=\"evaluation-form-" + lineId + "\"");
        mvc.perform(post(evaluationUrl()).cookie(buyer).with(csrf()).param("score", "4").param("comment", "精度很好，噪音略大"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/portal/orders/" + number).cookie(buyer))).contains("精度很好，噪音略大").contains("★★★★☆");
        // changed within the days allowed: still one evaluation of the line
        mvc.perform(post(evaluationUrl()).cookie(buyer).with(csrf()).param("score", "5").param("comment", "调整后很满意"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from order_quality_evaluation where line_id = ?").param(lineId).query(Long.class)
                .single()).isEqualTo(1);
        String card = html(get("/products/" + productId + "/quality").with(user(accounts.loadUserByUsername("manager"))));
        assertThat(card).contains("调整后很满意").contains("id=\"product-quality-average\"");
        assertThat(html(get("/products/" + productId).with(user(accounts.loadUserByUsername("manager")))))
                .contains("/products/" + productId + "/quality");
        // the service report of product quality counts it for the customer's owner, not for another owner
        String product = jdbc.sql("select name from product where id = ?").param(productId).query(String.class).single();
        assertThat(html(get("/reports/quality").with(user(accounts.loadUserByUsername("manager"))))).contains(product);
        assertThat(html(get("/reports/quality").with(user(accounts.loadUserByUsername("manager2"))))).doesNotContain(product);
    }

    @Test
    void refusesABadScoreAnOrderNotDeliveredAndAnEvaluationPastItsDays() throws Exception {
        Cookie buyer = portal("buyer");
        assertThat(html(post(evaluationUrl()).cookie(buyer).with(csrf()).param("score", "9").param("lang", "en")))
                .contains("Choose a score from 1 to 5");
        jdbc.sql("update sales_order set status = 'CONFIRMED' where id = ?").param(orderId).update();
        assertThat(html(get("/portal/orders/" + number).cookie(buyer))).doesNotContain("evaluation-form-");
        assertThat(html(post(evaluationUrl()).cookie(buyer).with(csrf()).param("score", "3").param("lang", "en")))
                .contains("once the order is delivered");
        jdbc.sql("update sales_order set status = 'COMPLETED' where id = ?").param(orderId).update();
        mvc.perform(post(evaluationUrl()).cookie(buyer).with(csrf()).param("score", "3")).andExpect(status().is3xxRedirection());
        jdbc.sql("update order_quality_evaluation set created_at = now() - interval '15 days' where line_id = ?").param(lineId)
                .update();
        assertThat(html(post(evaluationUrl()).cookie(buyer).with(csrf()).param("score", "1").param("lang", "en")))
                .contains("can no longer be changed");
        assertThat(jdbc.sql("select score from order_quality_evaluation where line_id = ?").param(lineId).query(Integer.class)
                .single()).isEqualTo(3);
    }

    @Test
    void anotherCompanysContactCanNeitherSeeNorEvaluateTheOrder() throws Exception {
        Cookie buyer2 = portal("buyer2");
        mvc.perform(get("/portal/orders/" + number).cookie(buyer2)).andExpect(status().isNotFound());
        mvc.perform(post(evaluationUrl()).cookie(buyer2).with(csrf()).param("score", "1")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from order_quality_evaluation where order_id = ?").param(orderId)
                .query(Long.class).single()).isZero();
    }
}

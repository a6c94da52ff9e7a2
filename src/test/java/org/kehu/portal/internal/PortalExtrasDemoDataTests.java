package org.kehu.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The demo shows the portal extras with data at first start: the quality report and product cards have averages,
 * manager has buyer's company change waiting, buyer2 reads why theirs was rejected, buyer downloads a shared contract.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalExtrasDemoDataTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    private Cookie portal(String login) throws Exception {
        return mvc.perform(formLogin("/portal/login").user(login).password("demo123")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void bothBuyersEvaluatedDeliveredOrdersWithDifferentScoresAndTheQualityReportShowsThem() throws Exception {
        var scores = jdbc.sql("""
                select distinct e.score from order_quality_evaluation e join portal_account a on a.customer_id = e.customer_id
                 where a.login in ('buyer', 'buyer2') order by 1""").query(Integer.class).list();
        assertThat(scores).hasSizeGreaterThanOrEqualTo(3).allMatch(s -> s >= 2 && s <= 5);
        assertThat(jdbc.sql("""
                select count(distinct a.login) from order_quality_evaluation e join portal_account a on a.customer_id = e.customer_id
                 where a.login in ('buyer', 'buyer2')""").query(Long.class).single()).isEqualTo(2);
        long product = jdbc.sql("""
                select e.product_id from order_quality_evaluation e join portal_account a on a.customer_id = e.customer_id
                 where a.login = 'buyer' order by e.id limit 1""").query(Long.class).single();
        String name = jdbc.sql("select name from product where id = ?").param(product).query(String.class).single();
        assertThat(html(get("/reports/quality").with(user(accounts.loadUserByUsername("manager"))))).contains(name);
        assertThat(html(get("/products/" + product + "/quality").with(user(accounts.loadUserByUsername("manager")))))
                .contains("id=\"product-quality-average\"");
    }

    @Test
    void managerHasBuyersCompanyChangeWaitingAndBuyer2ReadsWhyTheirsWasRejected() throws Exception {
        long customer = jdbc.sql("select customer_id from portal_account where login = 'buyer'").query(Long.class).single();
        assertThat(html(get("/company-changes/of-customer/" + customer).with(user(accounts.loadUserByUsername("manager")))))
                .contains("021-64881234").contains("company-change-accept-");
        assertThat(jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                 where u.username = 'manager' and n.message_key = 'portal.company.notify'""").query(Long.class).single())
                .isPositive();
        assertThat(html(get("/portal/profile").cookie(portal("buyer2")))).contains("营业执照");
    }

    @Test
    void buyerDownloadsTheSharedContractOfADeliveredOrderAsAPdf() throws Exception {
        var row = jdbc.sql("""
                select c.id, o.number from sales_order_contract c join sales_order o on o.id = c.order_id
                 where c.shared_with_customer and o.customer_id = (select customer_id from portal_account where login = 'buyer')
                   and o.status in ('DELIVERED', 'COMPLETED')""").query().singleRow();
        String number = (String) row.get("number");
        Cookie buyer = portal("buyer");
        assertThat(html(get("/portal/orders/" + number).cookie(buyer))).contains("contract-" + number + ".pdf");
        byte[] pdf = mvc.perform(get("/portal/orders/" + number + "/contracts/" + row.get("id")).cookie(buyer)).andReturn()
                .getResponse().getContentAsByteArray();
        String text = new String(pdf, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("%PDF-1.4").contains("Purchase contract " + number).endsWith("%%EOF\n");
        // the cross-reference table points at the objects: readers check it
        int xref = Integer.parseInt(text.substring(text.indexOf("startxref\n") + 10, text.indexOf("\n%%EOF")).strip());
        assertThat(text.substring(xref)).startsWith("xref");
        String firstObject = text.substring(xref).split("\n")[3].substring(0, 10);
        assertThat(text.substring(Integer.parseInt(firstObject))).startsWith("1 0 obj");
    }
}

package org.kehu.portal.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Company details changed on the portal: stored as a request, not applied; the account manager accepts (applied to
 * the customer) or rejects it with a reason, which the contact reads; a stale request and other scopes are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompanyChangeRequestTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    long customer;
    Map<String, Object> original;
    SetAsideChangeRequests demoRequests;
    long notificationsBefore;

    @BeforeEach
    void rememberTheBuyersCompany() {
        jdbc.sql("select setval(pg_get_serial_sequence('portal_company_change', 'id'), greatest(1000, (select coalesce(max(id), 0) from portal_company_change)))")
                .query(Long.class).single();
        customer = jdbc.sql("select customer_id from portal_account where login = 'buyer'").query(Long.class).single();
        original = jdbc.sql("""
                select name, phone, fax, website, address, bank, bank_account, tax_number from customer where id = ?""").param(customer).query().singleRow();
        // the demo's requests of buyer's and buyer2's companies (one pending) would refuse the tests' own
        demoRequests = SetAsideChangeRequests.of(jdbc, jdbc.sql(
                "select customer_id from portal_account where login in ('buyer', 'buyer2')").query(Long.class).list());
        notificationsBefore = jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
    }

    @AfterEach
    void restoreTheBuyersCompany() {
        jdbc.sql("update customer set name = ?, phone = ?, address = ? where id = ?")
                .params(original.get("name"), original.get("phone"), original.get("address"), customer).update();
        jdbc.sql("delete from portal_company_change where customer_id in (select customer_id from portal_account where login in ('buyer', 'buyer2'))")
                .update();
        jdbc.sql("delete from notification where message_key = 'portal.company.notify' and id > ?").param(notificationsBefore)
                .update();
        demoRequests.restore();
    }

    private Cookie portal(String login) throws Exception {
        return mvc.perform(formLogin("/portal/login").user(login).password("demo123")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    private RequestPostProcessor staff(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private MockHttpServletRequestBuilder change(Cookie session, String address, String phone) {
        // the form sends every field, as it shows them
        return post("/portal/profile/company").cookie(session).with(csrf()).param("lang", "en")
                .param("name", (String) original.get("name")).param("fax", (String) original.get("fax"))
                .param("website", (String) original.get("website")).param("bank", (String) original.get("bank"))
                .param("bankAccount", (String) original.get("bank_account"))
                .param("taxNumber", (String) original.get("tax_number")).param("address", address).param("phone", phone);
    }

    private long pendingRequest() {
        return jdbc.sql("select id from portal_company_change where customer_id = ? and status = 'PENDING'").param(customer)
                .query(Long.class).single();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aChangeOnThePortalWaitsForTheAccountManagerWhoAcceptsAndAppliesIt() throws Exception {
        Cookie buyer = portal("buyer");
        mvc.perform(change(buyer, "武汉市东湖高新区光谷大道 77 号", "027-87654321")).andExpect(redirectedUrl("/portal/profile?requested"));
        long id = pendingRequest();
        assertThat(id).isGreaterThan(1000);
        assertThat(jdbc.sql("select address from customer where id = ?").param(customer).query(String.class).single())
                .isEqualTo(original.get("address"));
        assertThat(jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                 where u.username = 'manager' and n.message_key = 'portal.company.notify' and n.id > ?""")
                .param(notificationsBefore).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(get("/portal/profile").cookie(buyer).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting")))
                .andExpect(content().string(containsString("武汉市东湖高新区光谷大道 77 号")));
        // a second request while this one waits is refused
        mvc.perform(change(buyer, "另一个地址", null)).andExpect(status().isOk())
                .andExpect(content().string(containsString("still waiting")));

        assertThat(html(get("/company-changes/of-customer/" + customer).with(staff("manager")))).contains("光谷大道 77 号");
        assertThat(html(post("/company-changes/" + id + "/accept").param("customerId", String.valueOf(customer))
                .with(staff("manager")).with(csrf()))).contains("id=\"company-change-done\"");
        assertThat(jdbc.sql("select address || ' / ' || phone from customer where id = ?").param(customer).query(String.class)
                .single()).isEqualTo("武汉市东湖高新区光谷大道 77 号 / 027-87654321");
        mvc.perform(get("/portal/profile").cookie(buyer).param("lang", "en"))
                .andExpect(content().string(containsString("Applied")));
    }

    @Test
    void refusesAnEmptyNameABadPhoneAndNoChangeBesideTheFields() throws Exception {
        Cookie buyer = portal("buyer");
        mvc.perform(post("/portal/profile/company").cookie(buyer).with(csrf()).param("lang", "en").param("name", " ")
                .param("phone", "call me maybe")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"company-name-error\"")))
                .andExpect(content().string(containsString("id=\"company-phone-error\"")));
        mvc.perform(change(buyer, (String) original.get("address"), (String) original.get("phone"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was changed")));
        assertThat(jdbc.sql("select count(*) from portal_company_change where customer_id = ?").param(customer)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherOwnersManagerNeitherSeesNorDecidesTheRequest() throws Exception {
        mvc.perform(change(portal("buyer"), "新地址 1 号", null)).andExpect(status().is3xxRedirection());
        long id = pendingRequest();
        mvc.perform(get("/company-changes/of-customer/" + customer).with(staff("manager2"))).andExpect(status().isNotFound());
        String answer = html(post("/company-changes/" + id + "/accept").param("customerId", String.valueOf(customer))
                .with(staff("manager2")).with(csrf()));
        assertThat(answer).doesNotContain("company-change-done");
        assertThat(jdbc.sql("select status from portal_company_change where id = ?").param(id).query(String.class).single())
                .isEqualTo("PENDING");
        assertThat(jdbc.sql("select address from customer where id = ?").param(customer).query(String.class).single())
                .isEqualTo(original.get("address"));
        // nor does the other company's contact see it
        mvc.perform(get("/portal/profile").cookie(portal("buyer2"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("新地址 1 号"))));
    }

    @Test
    void aStaleRequestIsRefusedAndItsRejectionReasonReachesTheContact() throws Exception {
        Cookie buyer = portal("buyer");
        mvc.perform(change(buyer, "旧请求的地址", null)).andExpect(status().is3xxRedirection());
        long id = pendingRequest();
        jdbc.sql("update customer set address = '销售改过的地址' where id = ?").param(customer).update();
        assertThat(html(post("/company-changes/" + id + "/accept").param("customerId", String.valueOf(customer))
                .param("lang", "en").with(staff("manager")).with(csrf()))).contains("were changed since the request was made");
        assertThat(html(post("/company-changes/" + id + "/reject").param("customerId", String.valueOf(customer))
                .param("lang", "en").with(staff("manager")).with(csrf()))).contains("Reason: Required");
        assertThat(html(post("/company-changes/" + id + "/reject").param("customerId", String.valueOf(customer))
                .param("reason", "地址已由销售更新").with(staff("manager")).with(csrf()))).contains("company-change-done");
        assertThat(jdbc.sql("select address from customer where id = ?").param(customer).query(String.class).single())
                .isEqualTo("销售改过的地址");
        mvc.perform(get("/portal/profile").cookie(buyer).param("lang", "en"))
                .andExpect(content().string(containsString("地址已由销售更新")))
                .andExpect(content().string(containsString("Rejected")));
    }
}

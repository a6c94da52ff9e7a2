package org.kehu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kehu.portal.PortalTestSupport.portalLogin;
import static org.kehu.portal.PortalTestSupport.staffLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal and the staff side keep apart both ways: a portal session opens no staff page or API call, staff
 * credentials do not sign in on the portal, and a second company's contact sees none of the first one's orders.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void buyerSignsInAndSeesTheirCompanyWithItsOpenOrders() throws Exception {
        Cookie buyer = portalLogin(mvc, "buyer", "demo123");
        assertThat(buyer).isNotNull();
        String company = jdbc.sql("select c.name from portal_account a join customer c on c.id = a.customer_id where a.login = 'buyer'")
                .query(String.class).single();
        mvc.perform(get("/portal/me").cookie(buyer).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(company)))
                .andExpect(content().string(containsString("Open orders")));
        assertThat(jdbc.sql("select last_login_at is not null from portal_account where login = 'buyer'").query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void aPortalSessionOpensNoStaffPageAndNoStaffApi() throws Exception {
        Cookie buyer = portalLogin(mvc, "buyer", "demo123");
        for (String page : List.of("/", "/customers", "/admin/users", "/orders", "/profile", "/portal-accounts")) {
            mvc.perform(get(page).cookie(buyer)).andExpect(redirectedUrl("/login"));
        }
        for (String api : List.of("/api/v1/customers", "/api/v1/orders", "/api/v1/me")) {
            mvc.perform(get(api).cookie(buyer).accept("application/json")).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/contacts/1/portal-invitation").cookie(buyer).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void staffCredentialsDoNotSignInOnThePortalAndDoNotLockTheStaffAccount() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(formLogin("/portal/login").user("manager").password("demo123"))
                    .andExpect(redirectedUrl("/portal/login?error"));
        }
        // The staff account is untouched by failures on the portal.
        assertThat(staffLogin(mvc, "manager")).isNotNull();
        mvc.perform(get("/portal/login").param("error", "").param("lang", "en"))
                .andExpect(content().string(containsString("Wrong login or password")));
    }

    @Test
    void aStaffSessionIsAnonymousOnThePortal() throws Exception {
        Cookie admin = staffLogin(mvc, "admin");
        mvc.perform(get("/customers").cookie(admin)).andExpect(status().isOk());
        mvc.perform(get("/portal/me").cookie(admin)).andExpect(redirectedUrl("/portal/login"));
        mvc.perform(get("/portal/orders").cookie(admin)).andExpect(redirectedUrl("/portal/login"));
    }

    @Test
    void aSecondCompanysContactGetsNotFoundForEachOfTheFirstCompanysOrders() throws Exception {
        List<String> numbers = jdbc.sql("""
                select o.number from sales_order o join portal_account a on a.customer_id = o.customer_id
                 where a.login = 'buyer' order by o.id desc""").query(String.class).list();
        assertThat(numbers).isNotEmpty();
        Cookie buyer = portalLogin(mvc, "buyer", "demo123");
        Cookie buyer2 = portalLogin(mvc, "buyer2", "demo123");
        mvc.perform(get("/portal/orders/" + numbers.get(0)).cookie(buyer)).andExpect(status().isOk())
                .andExpect(content().string(containsString(numbers.get(0))));
        for (String number : numbers) {
            mvc.perform(get("/portal/orders/" + number).cookie(buyer2)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/portal/orders").cookie(buyer2)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(numbers.get(0)))));
    }

    @Test
    void fiveFailedPortalSignInsLockThePortalAccount() throws Exception {
        // buyer2's account is reused by other tests: lock a fresh one, made active with a known password.
        long contact = jdbc.sql("""
                select ct.id from contact ct where not exists (select 1 from portal_account a where a.contact_id = ct.id)
                 order by ct.id desc limit 1""").query(Long.class).single();
        String login = "locktest" + contact;
        jdbc.sql("""
                insert into portal_account(contact_id, customer_id, login, password_hash, status)
                select id, customer_id, :login, (select password_hash from portal_account where login = 'buyer'), 'ACTIVE'
                  from contact where id = :c""").param("login", login).param("c", contact).update();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/portal/login").user(login).password("wrong-password"))
                    .andExpect(redirectedUrl("/portal/login?error"));
        }
        var locked = mvc.perform(formLogin("/portal/login").user(login).password("demo123"))
                .andExpect(redirectedUrl("/portal/login?error")).andReturn();
        mvc.perform(get("/portal/login").param("error", "").param("lang", "en")
                .cookie(locked.getResponse().getCookie(PortalTestSupport.SESSION)))
                .andExpect(content().string(containsString("locked after too many failed attempts")));
    }

    @Test
    void portalPagesCarryTheContentSecurityPolicy() throws Exception {
        mvc.perform(get("/portal/login")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }
}

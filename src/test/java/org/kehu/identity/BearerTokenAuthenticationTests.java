package org.kehu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kehu.identity.internal.ApiTokenAuthenticationFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A request that carries {@code Authorization: Bearer} is authenticated by that token alone: CSRF is skipped for
 * it, so the session cookie must not count (a forged cross-site request could otherwise add any bearer header).
 */
@SpringBootTest
@AutoConfigureMockMvc
class BearerTokenAuthenticationTests {

    private static final String CUSTOMER = "{\"name\":\"%s\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBogusBearerHeaderBesideASessionCookieCreatesNothingAndAnswers401() throws Exception {
        Cookie manager = login("manager");
        String name = TestStaff.uniqueName("伪造令牌客户");

        mvc.perform(post("/api/v1/customers").cookie(manager).header("Authorization", "Bearer bogus")
                        .param("confirmDuplicate", "true").contentType(MediaType.APPLICATION_JSON)
                        .content(CUSTOMER.formatted(name)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));

        assertThat(customersNamed(name)).isZero();
        // the session itself is untouched: the same cookie still works for reading
        mvc.perform(get("/api/v1/me").cookie(manager)).andExpect(jsonPath("$.username").value("manager"));
    }

    @Test
    void aBogusBearerHeaderIsNotReadAsTheSessionEvenForReading() throws Exception {
        Cookie manager = login("manager");
        mvc.perform(get("/api/v1/me").cookie(manager).header("Authorization", "bearer bogus"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aGoodTokenWorksWithoutCsrfAndActsAsItsOwnerNotAsTheSession() throws Exception {
        String token = tokenOf("manager2");
        Cookie manager = login("manager");
        String name = TestStaff.uniqueName("令牌客户");

        mvc.perform(post("/api/v1/customers").cookie(manager).header("Authorization", "Bearer " + token)
                        .param("confirmDuplicate", "true").contentType(MediaType.APPLICATION_JSON)
                        .content(CUSTOMER.formatted(name)))
                .andExpect(status().isCreated());

        assertThat(jdbc.sql("select u.username from customer c join app_user u on u.id = c.owner_id where c.name = :n")
                .param("n", name).query(String.class).single()).isEqualTo("manager2");
        // and the token's user did not slip into the session
        mvc.perform(get("/api/v1/me").cookie(manager)).andExpect(jsonPath("$.username").value("manager"));
    }

    @Test
    void everyResponseSendsTheReferrerPolicy() throws Exception {
        String policy = "strict-origin-when-cross-origin";
        mvc.perform(get("/login")).andExpect(header().string("Referrer-Policy", policy));
        mvc.perform(get("/customers").cookie(login("manager"))).andExpect(header().string("Referrer-Policy", policy));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Referrer-Policy", policy));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + tokenOf("manager")))
                .andExpect(status().isOk()).andExpect(header().string("Referrer-Policy", policy));
    }

    private long customersNamed(String name) {
        return jdbc.sql("select count(*) from customer where name = :n").param("n", name).query(Long.class).single();
    }

    private String tokenOf(String username) {
        String token = "kehu_test_" + TestStaff.uniqueName("tok");
        jdbc.sql("""
                insert into api_token(user_id, name, token_hash, prefix)
                values ((select id from app_user where username = :u), 'test', :h, 'kehu_test')""")
                .param("u", username).param("h", ApiTokenAuthenticationFilter.sha256(token)).update();
        return token;
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo123"))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(TestStaff.SESSION_COOKIE);
    }
}

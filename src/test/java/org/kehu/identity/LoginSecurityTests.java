package org.kehu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class LoginSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void fiveFailedLoginsLockTheAccountUntilTheAdministratorUnlocksIt() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "right-password");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(unauthenticated());
        }
        MvcResult locked = mvc.perform(formLogin().user(username).password("right-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
        Cookie session = locked.getResponse().getCookie(TestStaff.SESSION_COOKIE);
        mvc.perform(get("/login").param("error", "").cookie(session).param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("locked after too many failed attempts")));

        long id = TestStaff.idOf(jdbc, username);
        Cookie admin = login("admin", "demo123");
        mvc.perform(get("/admin/users/" + id).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"user-unlock\"")));
        mvc.perform(post("/admin/users/" + id + "/unlock").cookie(admin).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password("right-password")).andExpect(authenticated().withUsername(username));
    }

    @Test
    void disablingAUserEndsTheSessionTheyAlreadyHave() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "right-password");
        Cookie user = login(username, "right-password");
        mvc.perform(get("/profile").cookie(user)).andExpect(status().isOk());

        Cookie admin = login("admin", "demo123");
        mvc.perform(post("/admin/users/" + TestStaff.idOf(jdbc, username) + "/disable").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/profile").cookie(user)).andExpect(redirectedUrl("/login?disabled"));
        mvc.perform(get("/login").param("disabled", "").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This account is disabled")));
    }

    @Test
    void failedAndSuccessfulLoginsAreAuditedWithTheAddress() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "right-password");
        mvc.perform(loginForm(username, "nope").with(r -> {
            r.setRemoteAddr("10.1.2.3");
            return r;
        })).andExpect(unauthenticated());
        mvc.perform(loginForm(username, "right-password").with(r -> {
            r.setRemoteAddr("10.1.2.4");
            return r;
        })).andExpect(authenticated());
        var rows = jdbc.sql("select action || ' ' || address from audit_log where actor_name = :u order by id")
                .param("u", username).query(String.class).list();
        assertThat(rows).containsExactly("LOGIN_FAILED 10.1.2.3", "LOGIN 10.1.2.4");

        Cookie admin = login("admin", "demo123");
        mvc.perform(get("/admin/audit").param("actor", username).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("10.1.2.3")));
        mvc.perform(get("/admin/audit/export").param("actor", username).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录失败")));
    }

    @Test
    void aLoginChangesTheSessionId() throws Exception {
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(TestStaff.SESSION_COOKIE);
        // As a browser does: the request names the session it continues.
        MvcResult result = mvc.perform(loginForm("manager", "demo123").cookie(before)).andExpect(authenticated()).andReturn();
        Cookie after = result.getResponse().getCookie(TestStaff.SESSION_COOKIE);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    @WithUserDetails("admin")
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/roles").param("code", "X").param("nameZh", "x").param("nameEn", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/profile/tokens").param("name", "x")).andExpect(status().isForbidden());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder loginForm(String username,
            String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    private Cookie login(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(TestStaff.SESSION_COOKIE);
    }
}

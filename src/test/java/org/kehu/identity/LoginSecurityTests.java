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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
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
        MockHttpSession session = (MockHttpSession) locked.getRequest().getSession(false);
        mvc.perform(get("/login").param("error", "").session(session).param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("locked after too many failed attempts")));

        long id = TestStaff.idOf(jdbc, username);
        MockHttpSession admin = login("admin", "demo123");
        mvc.perform(get("/admin/users/" + id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"user-unlock\"")));
        mvc.perform(post("/admin/users/" + id + "/unlock").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password("right-password")).andExpect(authenticated().withUsername(username));
    }

    @Test
    void disablingAUserEndsTheSessionTheyAlreadyHave() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "right-password");
        MockHttpSession user = login(username, "right-password");
        mvc.perform(get("/profile").session(user)).andExpect(status().isOk());

        MockHttpSession admin = login("admin", "demo123");
        mvc.perform(post("/admin/users/" + TestStaff.idOf(jdbc, username) + "/disable").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/profile").session(user)).andExpect(redirectedUrl("/login?disabled"));
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

        MockHttpSession admin = login("admin", "demo123");
        mvc.perform(get("/admin/audit").param("actor", username).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("10.1.2.3")));
        mvc.perform(get("/admin/audit/export").param("actor", username).session(admin)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("LOGIN_FAILED")));
    }

    @Test
    void aLoginChangesTheSessionId() throws Exception {
        MockHttpSession before = (MockHttpSession) mvc.perform(get("/login")).andReturn().getRequest().getSession();
        String oldId = before.getId();
        // As a browser does: the request names the session it continues.
        MvcResult result = mvc.perform(loginForm("manager", "demo123").session(before).with(r -> {
                    r.setRequestedSessionId(oldId);
                    r.setRequestedSessionIdValid(true);
                    return r;
                }))
                .andExpect(authenticated()).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(oldId);
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

    private MockHttpSession login(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }
}

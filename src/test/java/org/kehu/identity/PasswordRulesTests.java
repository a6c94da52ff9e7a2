package org.kehu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** No password from the 10,000 most common ones, nor the username, wherever a password is set; said beside the field. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordRulesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void profileRefusesACommonPasswordAndTheUsernameBesideTheNewPasswordField() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "right-password");
        Cookie session = login(username, "right-password");

        for (String common : new String[] {"password1", "Qwerty123", "iloveyou"}) {
            String page = changePassword(session, common);
            assertThat(newPasswordError(page)).as(common)
                    .isEqualTo("This is one of the most common passwords, the first an attacker tries: choose another");
        }
        String page = changePassword(session, username.toUpperCase());
        assertThat(newPasswordError(page)).isEqualTo("The password may not be the username");

        mvc.perform(formLogin().user(username).password("right-password")).andExpect(authenticated());
        mvc.perform(post("/profile/password").cookie(session).with(csrf()).param("currentPassword", "right-password")
                .param("newPassword", "Huang-he-2026!").param("repeatPassword", "Huang-he-2026!"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password("Huang-he-2026!")).andExpect(authenticated());
    }

    @Test
    void administratorCannotCreateAUserWithACommonPasswordOrTheUsernameAsPassword() throws Exception {
        Cookie admin = login("admin", "demo123");
        String username = TestStaff.uniqueName("pw");
        mvc.perform(createUser(admin, username, "12345678"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("user", "initialPassword", "identity.password.too-common"))
                .andExpect(content().string(containsString("the first an attacker tries")));
        mvc.perform(createUser(admin, username, username))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("user", "initialPassword", "identity.password.is-username"));
        assertThat(jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class)
                .single()).isZero();

        mvc.perform(createUser(admin, username, "Jiang-nan-77")).andExpect(status().is3xxRedirection());
        login(username, "Jiang-nan-77");
    }

    @Test
    void administratorCannotResetToACommonPasswordAndSeesWhyBesideTheField() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "old-password");
        long id = TestStaff.idOf(jdbc, username);
        Cookie admin = login("admin", "demo123");

        mvc.perform(post("/admin/users/" + id + "/password").cookie(admin).with(csrf()).param("password", "sunshine"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/admin/users/" + id).cookie(admin).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher error = Pattern.compile("id=\"user-reset-password-error\"[^>]*>([^<]*)<").matcher(page);
        assertThat(error.find()).isTrue();
        assertThat(error.group(1)).isEqualTo("This is one of the most common passwords, the first an attacker tries: choose another");
        login(username, "old-password");

        mvc.perform(post("/admin/users/" + id + "/password").cookie(admin).with(csrf()).param("password", username))
                .andExpect(status().is3xxRedirection());
        login(username, "old-password");
    }

    private org.springframework.test.web.servlet.RequestBuilder createUser(Cookie admin, String username,
            String password) {
        return post("/admin/users").cookie(admin).with(csrf()).param("lang", "en").param("username", username)
                .param("name", "新同事").param("positionCode", "").param("levelCode", "").param("enabled", "true")
                .param("roleIds", String.valueOf(jdbc.sql("select id from role where code = 'ACCOUNT_MANAGER'")
                        .query(Long.class).single()))
                .param("initialPassword", password);
    }

    private String changePassword(Cookie session, String newPassword) throws Exception {
        return mvc.perform(post("/profile/password").cookie(session).with(csrf()).param("lang", "en")
                        .param("currentPassword", "right-password").param("newPassword", newPassword)
                        .param("repeatPassword", newPassword))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String newPasswordError(String page) {
        Matcher m = Pattern.compile("id=\"password-new-error\"[^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as("the error beside the new password").isTrue();
        return m.group(1);
    }

    private Cookie login(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(TestStaff.SESSION_COOKIE);
    }
}

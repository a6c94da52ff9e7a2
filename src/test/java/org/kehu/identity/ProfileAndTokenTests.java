package org.kehu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ProfileAndTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void tokenCreatedFromTheSessionWorksAsBearerUntilRevoked() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "right-password");
        Cookie session = login(username, "right-password");
        String csrf = csrfTokenOfPage(session, "/profile");

        mvc.perform(post("/api/v1/me/tokens").cookie(session).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"ci\"}")).andExpect(status().isForbidden());

        String body = mvc.perform(post("/api/v1/me/tokens").cookie(session).header("X-CSRF-TOKEN", csrf)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ci\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("ci"))
                .andReturn().getResponse().getContentAsString();
        JsonNode created = JsonMapper.builder().build().readTree(body);
        String token = created.get("token").asString();
        long id = created.get("id").asLong();
        assertThat(jdbc.sql("select token_hash from api_token where id = :id").param("id", id).query(String.class).single())
                .isNotEqualTo(token).hasSize(64);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.permissions").isArray());
        mvc.perform(get("/api/v1/me/tokens").cookie(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("ci")).andExpect(jsonPath("$[0].token").doesNotExist())
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty());

        mvc.perform(delete("/api/v1/me/tokens/" + id).cookie(session).header("X-CSRF-TOKEN", csrf))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        String owner = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "right-password");
        long tokenId = jdbc.sql("insert into api_token(user_id, name, token_hash, prefix) values (:u, 'x', :h, 'kehu_x') returning id")
                .param("u", TestStaff.idOf(jdbc, owner)).param("h", TestStaff.uniqueName("hash")).query(Long.class).single();
        Cookie other = login("manager2", "demo123");
        mvc.perform(delete("/api/v1/me/tokens/" + tokenId).cookie(other).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void profilePageCreatesATokenAndShowsItOnce() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "right-password");
        Cookie session = login(username, "right-password");
        mvc.perform(post("/profile/tokens").cookie(session).with(csrf()).param("name", "excel"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("token-new-value")));
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("excel")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("token-new-value"))));
    }

    @Test
    void passwordChangeChecksCurrentPasswordLengthAndRepetition() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "right-password");
        Cookie session = login(username, "right-password");
        mvc.perform(post("/profile/password").cookie(session).with(csrf()).param("lang", "en")
                        .param("currentPassword", "wrong").param("newPassword", "short").param("repeatPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The current password is wrong")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("At least 8 characters")));
        mvc.perform(post("/profile/password").cookie(session).with(csrf()).param("lang", "en")
                        .param("currentPassword", "right-password").param("newPassword", "new-password-1")
                        .param("repeatPassword", "new-password-2"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The two new passwords differ")));
        mvc.perform(post("/profile/password").cookie(session).with(csrf())
                        .param("currentPassword", "right-password").param("newPassword", "new-password-1")
                        .param("repeatPassword", "new-password-1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password("new-password-1")).andExpect(authenticated());
    }

    @Test
    void usersApiNeedsUserViewAndListsDepartments() throws Exception {
        Cookie manager = login("manager", "demo123");
        mvc.perform(get("/api/v1/users").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/departments").cookie(manager)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("HQ"));
        Cookie director = login("director", "demo123");
        mvc.perform(get("/api/v1/users").param("q", "manager2").cookie(director)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].username").value("manager2"));
    }

    private String csrfTokenOfPage(Cookie session, String page) throws Exception {
        String html = mvc.perform(get(page).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("csrf meta tag").isTrue();
        return m.group(1);
    }

    private Cookie login(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(TestStaff.SESSION_COOKIE);
    }
}

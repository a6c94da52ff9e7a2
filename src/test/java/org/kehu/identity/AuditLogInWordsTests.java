package org.kehu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log speaks the reader's language: record types, fields, roles, codes and people by their names. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogInWordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithUserDetails("admin")
    void aRoleChangeShowsTheRecordTypeFieldRoleNamesAndWhoInWords() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "SERVICE_STAFF", "Welcome-2024");
        long id = TestStaff.idOf(jdbc, username);
        long manager = jdbc.sql("select id from role where code = 'ACCOUNT_MANAGER'").query(Long.class).single();
        mvc.perform(post("/admin/users/" + id).with(csrf()).param("username", username).param("name", "改了角色的同事")
                .param("enabled", "true").param("roleIds", String.valueOf(manager)).param("version", "0"));

        Document zh = page("zh_CN", id);
        String row = zh.select("#audit-table tbody tr[id^=audit-]").first().text();
        assertThat(row).contains("用户", "角色", "客户经理", "客服", "系统管理员").doesNotContain("ACCOUNT_MANAGER", "SERVICE_STAFF", " user ");
        Document en = page("en", id);
        assertThat(en.select("#audit-table tbody tr[id^=audit-]").first().text())
                .contains("User", "Roles", "Account manager", "Service staff").doesNotContain("ACCOUNT_MANAGER");
        assertThat(zh.select("#audit-entity-type option").eachText()).contains("用户").doesNotContain("user", "api_token");
    }

    private Document page(String lang, long userId) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/audit").param("entityType", "user").param("entityId", String.valueOf(userId))
                .param("lang", lang)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}

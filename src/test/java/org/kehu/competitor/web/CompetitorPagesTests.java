package org.kehu.competitor.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kehu.identity.internal.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The competitor pages: search by pinyin initials, messages beside the fields, and the second editor told. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CompetitorPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void theListFindsACompetitorByItsPinyinInitialsAndTheMenuLeadsThere() throws Exception {
        // 华锐数控机床有限公司: h r s k …
        mvc.perform(get("/competitors").param("q", "hrsk").with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("华锐数控机床有限公司")))
                .andExpect(content().string(containsString("id=\"menu-competitors\"")));
        mvc.perform(get("/competitors").with(as("service"))).andExpect(status().isForbidden());
    }

    @Test
    void theFormsShowEachMessageBesideItsField() throws Exception {
        mvc.perform(post("/competitors").with(as("marketing")).with(csrf()).param("code", "CP001").param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"competitor-code-error\"")))
                .andExpect(content().string(containsString("id=\"competitor-name-error\"")));
        long competitor = jdbc.sql("select id from competitor where code = 'CP001'").query(Long.class).single();
        mvc.perform(post("/competitors/" + competitor + "/products").with(as("marketing")).with(csrf())
                        .param("name", "车床").param("price", "十万").param("relation", "SIMILAR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"competitor-product-price-error\"")));
        mvc.perform(post("/competitors/" + competitor + "/products").with(as("marketing")).with(csrf())
                        .param("name", "车床").param("price", "-5").param("relation", "SIMILAR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"competitor-product-price-error\"")))
                .andExpect(content().string(containsString("id=\"competitor-product-ours-error\"")));
        mvc.perform(get("/competitors/new").with(as("manager"))).andExpect(status().isForbidden());
    }

    @Test
    void theSecondEditorIsToldAndKeepsTheirText() throws Exception {
        long competitor = jdbc.sql("select id from competitor where code = 'CP002'").query(Long.class).single();
        long version = jdbc.sql("select version from competitor where id = :id").param("id", competitor).query(Long.class).single();
        mvc.perform(post("/competitors/" + competitor).with(as("marketing")).with(csrf()).param("code", "CP002")
                .param("name", "东岳精机股份有限公司").param("strategy", "第一位编辑的策略").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/competitors/" + competitor).with(as("admin")).with(csrf()).param("code", "CP002")
                        .param("name", "东岳精机股份有限公司").param("strategy", "第二位编辑的策略").param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"competitor-conflict\"")))
                .andExpect(content().string(containsString("第二位编辑的策略")));
    }
}

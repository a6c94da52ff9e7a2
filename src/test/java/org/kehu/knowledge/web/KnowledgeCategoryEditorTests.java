package org.kehu.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The knowledge categories' editor: create, rename, reorder, remove only when empty; only with knowledge.edit. */
@SpringBootTest
@AutoConfigureMockMvc
class KnowledgeCategoryEditorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void removeTestCategories() {
        jdbc.sql("delete from knowledge_category where code like 'ZZ_TEST%'").update();
        jdbc.sql("""
                update knowledge_category k set sort_order = v.s from (values ('INSTALLATION', 10), ('MAINTENANCE', 20), ('FAULTS', 30),
                  ('ORDERING', 40), ('INVOICES', 50), ('WARRANTY', 60), ('INTERNAL', 70)) as v(c, s) where k.code = v.c""").update();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** The administrator holds knowledge.edit (V311). */
    private static String editor() {
        return "admin";
    }

    private List<String> order() {
        return jdbc.sql("select code from knowledge_category order by sort_order, code").query(String.class).list();
    }

    @Test
    void anEditorCreatesRenamesMovesAndRemovesAnEmptyCategory() throws Exception {
        String editor = editor();
        mvc.perform(post("/knowledge/categories").param("code", "zz_test_new").param("nameZh", "测试分类").param("nameEn", "Test")
                .with(as(editor)).with(csrf())).andExpect(flash().attributeExists("flash"));
        assertThat(order()).last().isEqualTo("ZZ_TEST_NEW");
        mvc.perform(post("/knowledge/categories/ZZ_TEST_NEW").param("nameZh", "测试分类二").param("nameEn", "Test two")
                .with(as(editor)).with(csrf())).andExpect(flash().attributeExists("flash"));
        assertThat(jdbc.sql("select name_zh || '/' || name_en from knowledge_category where code = 'ZZ_TEST_NEW'")
                .query(String.class).single()).isEqualTo("测试分类二/Test two");
        mvc.perform(post("/knowledge/categories/ZZ_TEST_NEW/up").with(as(editor)).with(csrf()));
        List<String> moved = order();
        assertThat(moved.get(moved.size() - 2)).isEqualTo("ZZ_TEST_NEW");
        mvc.perform(get("/knowledge/categories").with(as(editor))).andExpect(status().isOk());
        mvc.perform(post("/knowledge/categories/ZZ_TEST_NEW/delete").with(as(editor)).with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        assertThat(order()).doesNotContain("ZZ_TEST_NEW");
    }

    @Test
    void refusesABadCodeATakenCodeMissingNamesAndRemovingACategoryWithArticles() throws Exception {
        String editor = editor();
        mvc.perform(post("/knowledge/categories").param("code", "a b").param("nameZh", "").param("nameEn", "x")
                .with(as(editor)).with(csrf())).andExpect(flash().attributeExists("categoryError"));
        mvc.perform(post("/knowledge/categories").param("code", "FAULTS").param("nameZh", "重复").param("nameEn", "Dup")
                .with(as(editor)).with(csrf())).andExpect(flash().attributeExists("categoryError"));
        String used = jdbc.sql("select category_code from knowledge_article limit 1").query(String.class).single();
        mvc.perform(post("/knowledge/categories/" + used + "/delete").with(as(editor)).with(csrf()))
                .andExpect(flash().attributeExists("categoryError"));
        assertThat(order()).contains(used).doesNotContain("A B");
    }

    @Test
    void aUserWithoutKnowledgeEditCannotOpenOrChangeTheCategories() throws Exception {
        mvc.perform(get("/knowledge/categories").with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(post("/knowledge/categories").param("code", "ZZ_TEST_X").param("nameZh", "x").param("nameEn", "x")
                .with(as("manager")).with(csrf())).andExpect(status().isForbidden());
        assertThat(order()).doesNotContain("ZZ_TEST_X");
    }
}

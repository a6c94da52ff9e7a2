package org.kehu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.ConcurrentEditException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Articles: versions kept, the second editor told, validation, the portal's visibility and tickets' scope. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class KnowledgeArticleTests extends KnowledgeTestSupport {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static ArticleInput edit(ArticleDetails a, String body, long version) {
        return new ArticleInput(a.title(), body, a.category(), a.tags(), a.visibility().name(), a.status().name(), version);
    }

    @Test
    void everySaveKeepsAVersionWithWhoAndWhenAndOldVersionsCanBeRead() throws Exception {
        long id = article("版本测试文章", "第一版正文", Visibility.BOTH, ArticleStatus.PUBLISHED);
        signIn("servicelead");
        ArticleDetails a = knowledge.get(id);
        knowledge.update(id, edit(a, "第二版正文", a.version()));
        List<ArticleVersion> versions = knowledge.versions(id);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).body()).isEqualTo("第二版正文");
        assertThat(versions.get(0).editedByName()).isEqualTo("孙强");
        assertThat(versions.get(1).body()).isEqualTo("第一版正文");
        assertThat(versions.get(1).editedByName()).isEqualTo("赵丽");
        mvc.perform(get("/knowledge/" + id + "/versions/" + versions.get(1).version()).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第一版正文")));
        mvc.perform(get("/knowledge/" + id).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("knowledge-version-" + versions.get(1).version())));
    }

    @Test
    void theSecondEditorIsToldAndNothingOfTheirsOverwritesTheFirst() throws Exception {
        long id = article("并发编辑文章", "原文", Visibility.BOTH, ArticleStatus.PUBLISHED);
        signIn("service");
        ArticleDetails opened = knowledge.get(id);
        knowledge.update(id, edit(opened, "第一位编辑保存的内容", opened.version()));
        assertThatThrownBy(() -> knowledge.update(id, edit(opened, "第二位编辑的内容", opened.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(knowledge.get(id).body()).isEqualTo("第一位编辑保存的内容");

        mvc.perform(post("/knowledge/" + id).with(as("servicelead")).with(csrf()).param("title", "并发编辑文章")
                .param("body", "第二位编辑的内容").param("category", "FAULTS").param("visibility", "BOTH")
                .param("status", "PUBLISHED").param("version", String.valueOf(opened.version())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"knowledge-conflict\"")))
                .andExpect(content().string(containsString("第二位编辑的内容")));
    }

    @Test
    void theEditorShowsEachMessageBesideItsField() throws Exception {
        mvc.perform(post("/knowledge").with(as("service")).with(csrf()).param("title", "").param("body", "x")
                .param("category", "NOPE").param("visibility", "EVERYONE").param("status", "PUBLISHED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"knowledge-title-error\"")))
                .andExpect(content().string(containsString("id=\"knowledge-category-error\"")))
                .andExpect(content().string(containsString("id=\"knowledge-visibility-error\"")));
        mvc.perform(get("/knowledge/new").with(as("manager"))).andExpect(status().isForbidden());
    }

    @Test
    void theApiValidatesWithProblemDetailsAndChecksTheVersion() throws Exception {
        mvc.perform(post("/api/v1/knowledge/articles").with(as("service")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"\",\"body\":\"b\",\"category\":\"FAULTS\",\"tags\":[\"" + "长".repeat(41)
                        + "\"],\"visibility\":\"BOTH\",\"status\":\"LIVE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("title"))).andExpect(content().string(containsString("tags")))
                .andExpect(content().string(containsString("status")));

        String created = mvc.perform(post("/api/v1/knowledge/articles").with(as("service")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"接口文章\",\"body\":\"**正文**\",\"category\":\"FAULTS\",\"tags\":[\"接口\"],"
                                + "\"visibility\":\"CUSTOMERS\",\"status\":\"PUBLISHED\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.html").value(containsString("<p><strong>正文</strong></p>")))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        String change = "{\"title\":\"接口文章\",\"body\":\"改\",\"category\":\"FAULTS\",\"tags\":[],\"visibility\":\"BOTH\",\"status\":\"PUBLISHED\"}";
        mvc.perform(put("/api/v1/knowledge/articles/" + id).with(as("service")).with(csrf()).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/knowledge/articles/" + id).with(as("service")).with(csrf()).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isConflict());
        mvc.perform(put("/api/v1/knowledge/articles/" + id).with(as("service")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/knowledge/articles/" + id).with(as("service")).with(csrf()).header("If-Match", "abc")
                .contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/knowledge/search").param("q", "接口文章").with(as("manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/knowledge/search").param("q", "x".repeat(201)).with(as("manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/knowledge/articles/" + id).with(as("manager")).with(csrf()).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/knowledge/articles/" + id).with(as("service")).with(csrf()).header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/knowledge/articles/" + id).with(as("service"))).andExpect(status().isNotFound());
    }

    @Test
    void thePortalShowsSharedPublishedArticlesWithoutLoginAndAnswers404ForOthers() throws Exception {
        long shared = article("门户可见文章", "客户可读", Visibility.CUSTOMERS, ArticleStatus.PUBLISHED);
        long staffOnly = article("仅员工可见文章", "内部", Visibility.STAFF, ArticleStatus.PUBLISHED);
        long draft = article("门户草稿文章", "草稿", Visibility.BOTH, ArticleStatus.DRAFT);
        mvc.perform(get("/portal/help/articles/" + shared)).andExpect(status().isOk())
                .andExpect(content().string(containsString("客户可读")));
        mvc.perform(get("/portal/help/articles/" + staffOnly)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/help/articles/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/help/articles").param("q", "文章")).andExpect(status().isOk())
                .andExpect(content().string(containsString("portal-help-row-" + shared)))
                .andExpect(content().string(not(containsString("portal-help-row-" + staffOnly))))
                .andExpect(content().string(not(containsString("portal-help-row-" + draft))));
        mvc.perform(post("/portal/help/articles/" + staffOnly + "/vote").param("helpful", "true").with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void oneVotePerVoterAndViewsAreCounted() throws Exception {
        long id = article("投票文章", "正文", Visibility.BOTH, ArticleStatus.PUBLISHED);
        mvc.perform(post("/knowledge/" + id + "/vote").param("helpful", "true").with(as("manager")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/knowledge/" + id + "/vote").param("helpful", "false").with(as("manager")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/knowledge/" + id + "/vote").param("helpful", "true").with(as("manager2")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/knowledge/" + id).with(as("manager"))).andExpect(status().isOk());
        mvc.perform(get("/portal/help/articles/" + id)).andExpect(status().isOk());
        signIn("manager");
        ArticleDetails a = knowledge.get(id);
        assertThat(a.helpfulYes()).isEqualTo(1);
        assertThat(a.helpfulNo()).isEqualTo(1);
        assertThat(a.viewCount()).isEqualTo(2);
    }

    @Test
    void aLinkedTicketShowsOnBothSidesOnlyForUsersWhoMaySeeTheTicket() throws Exception {
        long id = article("工单关联文章", "正文", Visibility.BOTH, ArticleStatus.PUBLISHED);
        long ticket = jdbc.sql("""
                select t.id from ticket t join customer c on c.id = t.customer_id
                 where c.owner_id = (select id from app_user where username = 'manager') order by t.id desc limit 1""")
                .query(Long.class).single();
        mvc.perform(post("/knowledge/tickets/" + ticket + "/link").param("articleId", String.valueOf(id))
                .with(as("service")).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("knowledge-linked-" + id)));
        mvc.perform(get("/tickets/" + ticket).with(as("service"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/knowledge/tickets/" + ticket + "/card")));
        mvc.perform(get("/knowledge/" + id).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("knowledge-ticket-" + ticket)));
        // manager2 (own customers only) sees neither the ticket on the article nor the ticket's card
        mvc.perform(get("/knowledge/" + id).with(as("manager2"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("knowledge-ticket-" + ticket))));
        mvc.perform(get("/knowledge/tickets/" + ticket + "/card").with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(post("/knowledge/tickets/" + ticket + "/link").param("articleId", String.valueOf(id))
                .with(as("manager2")).with(csrf())).andExpect(status().isForbidden());
    }
}

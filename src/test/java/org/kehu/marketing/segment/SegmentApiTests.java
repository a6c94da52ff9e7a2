package org.kehu.marketing.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments over the API and on the pages: every bound of a filter checked and an unknown field refused by name
 * (problem+json on the API, a message beside the field on the page), the count and members in the reader's scope, and
 * building a segment kept to marketing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SegmentApiTests extends SegmentTestSupport {

    @Autowired
    MockMvc mvc;

    private ResultActions postJson(String user, String url, String body) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    @Test
    void aFilterBreakingABoundOrNamingAnUnknownFieldIsRefusedByName() throws Exception {
        long before = jdbc.sql("select count(*) from marketing_segment").query(Long.class).single();
        refused(postJson("marketing", "/api/v1/segments", "{\"name\": \"x\", \"criteria\": {\"region\": [\"310000\"]}}"),
                "criteria.region");
        refused(postJson("marketing", "/api/v1/segments", "{\"name\": \"x\", \"criteria\": {\"pAliveMin\": 1.5}}"), "pAliveMin");
        refused(postJson("marketing", "/api/v1/segments", "{\"name\": \"x\", \"criteria\": {\"clvMin\": 500, \"clvMax\": 100}}"),
                "clvMax");
        refused(postJson("marketing", "/api/v1/segments", "{\"name\": \"x\", \"criteria\": {\"clvMin\": -1}}"), "clvMin");
        refused(postJson("marketing", "/api/v1/segments", "{\"name\": \"x\", \"criteria\": {\"provinces\": [\"999999\"]}}"),
                "provinces");
        refused(postJson("marketing", "/api/v1/segments", "{\"name\": \"x\", \"criteria\": {\"rfm\": [\"BEST\"]}}"), "rfm");
        refused(postJson("marketing", "/api/v1/segments", "{\"name\": \"x\", \"criteria\": {\"noOrderForDays\": 0}}"),
                "noOrderForDays");
        refused(postJson("marketing", "/api/v1/segments", "{\"name\": \"x\", \"criteria\": {\"contactBirthdayMonth\": 13}}"),
                "contactBirthdayMonth");
        refused(postJson("marketing", "/api/v1/segments", "{\"name\": \" \", \"criteria\": {}}"), "name");
        refused(postJson("marketing", "/api/v1/segments",
                "{\"name\": \"x\", \"criteria\": {\"statuses\": [\"ACTIVE'; drop table customer; --\"]}}"), "statuses");
        assertThat(jdbc.sql("select count(*) from marketing_segment").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSegmentAnswersItsCountAndMembersInTheReadersScopeAndOnlyMarketingBuildsOne() throws Exception {
        long manager = userId("manager");
        String body = "{\"name\": \"活跃客户\", \"criteria\": {\"statuses\": [\"ACTIVE\"]}}";
        postJson("manager", "/api/v1/segments", body).andExpect(status().isForbidden());
        String created = postJson("marketing", "/api/v1/segments", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
        long all = jdbc.sql("select count(*) from customer where status = 'ACTIVE'").query(Long.class).single();
        long own = jdbc.sql("select count(*) from customer where status = 'ACTIVE' and owner_id = :o").param("o", manager)
                .query(Long.class).single();
        List<Long> others = jdbc.sql("select id from customer where status = 'ACTIVE' and owner_id <> :o").param("o", manager)
                .query(Long.class).list();
        assertThat(own).isPositive().isLessThan(all);

        mvc.perform(get("/api/v1/segments/" + id).with(as("marketing"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(all));
        mvc.perform(get("/api/v1/segments/" + id).with(as("manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(own));
        mvc.perform(get("/api/v1/segments/" + id + "/members?size=200").with(as("manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(own))
                .andExpect(jsonPath("$.items[*].id").value(everyItem(not(org.hamcrest.Matchers.in(others.stream()
                        .map(Long::intValue).toList())))));
        mvc.perform(get("/api/v1/segments/" + id + "/members?after=nonsense").with(as("manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/segments/" + id + "/members").with(as("service"))).andExpect(status().isForbidden());
    }

    @Test
    void theEditorCountsAsTheFilterChangesAndShowsABadNumberBesideItsField() throws Exception {
        long all = jdbc.sql("select count(*) from customer").query(Long.class).single();
        long active = jdbc.sql("select count(*) from customer where status = 'ACTIVE'").query(Long.class).single();
        mvc.perform(get("/marketing/segments/preview").with(as("marketing"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"segment-count\">" + String.format("%,d", all))));
        mvc.perform(get("/marketing/segments/preview?statuses=ACTIVE").with(as("marketing"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"segment-count\">" + String.format("%,d", active))));
        mvc.perform(get("/marketing/segments/preview?clvMin=abc").with(as("marketing"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("segment-preview-problems")));
        mvc.perform(post("/marketing/segments").with(as("marketing")).with(csrf()).param("name", "坏数字")
                .param("clvMin", "abc")).andExpect(status().isOk())
                .andExpect(content().string(containsString("segment-clvMin-error")));
        mvc.perform(post("/marketing/segments").with(as("marketing")).with(csrf()).param("name", "上海活跃客户")
                .param("provinces", "310000").param("statuses", "ACTIVE")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/marketing/segments").with(as("marketing"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("上海活跃客户")));
    }
}

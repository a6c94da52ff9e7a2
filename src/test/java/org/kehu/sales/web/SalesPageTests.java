package org.kehu.sales.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kehu.sales.SalesTestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SalesPageTests extends SalesTestSupport {

    @Test
    void anotherManagersOpportunityPageIsNotFound() throws Exception {
        long id = create("manager", "汉川纺织机械厂");
        mvc.perform(get("/opportunities/" + id).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("汉川纺织机械厂")));
        mvc.perform(get("/opportunities/" + id).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get("/opportunities").param("q", "汉川纺织").with(as("manager2")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("汉川纺织机械厂"))));
        mvc.perform(get("/opportunities/export").param("format", "xlsx").with(as("manager2"))).andExpect(status().isOk());
    }

    @Test
    void theFunnelCountsOnlyWhatTheReaderMaySee() throws Exception {
        String before = funnelTable("manager2");
        String managersBefore = funnelTable("manager");
        create("manager", "应城盐化设备");
        create("manager", "安陆粮机");
        org.assertj.core.api.Assertions.assertThat(funnelTable("manager2")).isEqualTo(before);
        org.assertj.core.api.Assertions.assertThat(funnelTable("manager")).isNotEqualTo(managersBefore);
        mvc.perform(get("/funnel").param("owner", String.valueOf(userId("manager"))).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"funnel-row-INITIAL\"")))
                .andExpect(content().string(containsString("echarts.min.js")));
    }

    private String funnelTable(String username) throws Exception {
        String page = mvc.perform(get("/funnel").with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return page.substring(page.indexOf("id=\"funnel-table\""), page.indexOf("</table>"));
    }

    @Test
    void theFunnelFiltersByPeriodAndDepartment() throws Exception {
        mvc.perform(get("/funnel").param("from", "2025-01-01").param("to", "2026-12-31")
                .param("department", "1").with(as("executive"))).andExpect(status().isOk());
    }

    @Test
    void dragOnTheKanbanMovesTheStageOrSaysWhereTheCardStays() throws Exception {
        long id = create("manager", "大冶有色铸造");
        mvc.perform(get("/pipeline").with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pipeline-card-" + id + "\"")))
                .andExpect(content().string(containsString("Sortable.min.js")));
        mvc.perform(post("/pipeline/" + id + "/stage").param("stage", "PROPOSAL").with(as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("PROPOSAL"))
                .andExpect(jsonPath("$.probability").value(50));
        mvc.perform(post("/pipeline/" + id + "/stage").param("stage", "NEEDS").with(as("manager2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/pipeline/" + id + "/stage").param("stage", "NEEDS").with(as("executive")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pipeline/" + id + "/stage").param("stage", "NEEDS").with(as("manager")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClosedCardCannotBeDraggedAndStaysInItsStage() throws Exception {
        long id = developing("manager", "恩施硒茶机械");
        postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"LOST\",\"reason\":\"PRICE\"}");
        mvc.perform(post("/pipeline/" + id + "/stage").param("stage", "CONTRACT").with(as("manager")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.stage").value("INITIAL"))
                .andExpect(jsonPath("$.message").value(containsString("只读")));
    }

    @Test
    void aWonOpportunityCannotBeEditedOnItsPage() throws Exception {
        long id = developing("manager", "黄冈纺织印染机械");
        postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"WON\"}");
        mvc.perform(get("/opportunities/" + id + "/edit").with(as("manager")))
                .andExpect(redirectedUrl("/opportunities/" + id)).andExpect(flash().attribute("actionError", containsString("只读")));
        mvc.perform(post("/opportunities/" + id).param("prospectName", "改名").param("summary", "x").param("version", "9")
                .with(as("manager")).with(csrf()))
                .andExpect(redirectedUrl("/opportunities/" + id));
        mvc.perform(get("/opportunities/" + id).with(as("manager")))
                .andExpect(content().string(containsString("id=\"opportunity-read-only\"")))
                .andExpect(content().string(not(containsString("id=\"plan-step-form\""))))
                .andExpect(content().string(containsString("黄冈纺织印染机械")));
    }

    @Test
    void theEditFormShowsTheExpectedCloseDateSoSavingDoesNotLoseIt() throws Exception {
        LocalDate close = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(45);
        long id = read(postJson("manager", "/api/v1/opportunities",
                "{\"prospectName\":\"孝感汽配\",\"summary\":\"冲压线\",\"sourceCode\":\"WEBSITE\",\"expectedCloseDate\":\""
                        + close + "\"}").andExpect(status().isCreated())).get("id").asLong();
        // A date input shows only an ISO value (yyyy-MM-dd); a localized one is shown as empty and lost on saving.
        for (String lang : new String[] {"zh_CN", "en"}) {
            mvc.perform(get("/opportunities/" + id + "/edit").param("lang", lang).with(as("manager")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("value=\"" + close + "\"")));
        }
    }

    @Test
    void theFormShowsEachProblemBesideItsField() throws Exception {
        mvc.perform(post("/opportunities").with(as("manager")).with(csrf())
                .param("prospectName", "").param("summary", "").param("expectedAmount", "-1").param("stageCode", "INITIAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"opportunity-prospectName-error\"")))
                .andExpect(content().string(containsString("id=\"opportunity-summary-error\"")))
                .andExpect(content().string(containsString("id=\"opportunity-expectedAmount-error\"")));
    }

    @Test
    void aStepOutOfOrderComesBackToThePageWithTheReason() throws Exception {
        long id = create("director", "武穴医药机械");
        mvc.perform(post("/opportunities/" + id + "/steps").param("plannedOn", "2026-05-01").param("item", "拜访")
                .with(as("director")).with(csrf()))
                .andExpect(redirectedUrl("/opportunities/" + id))
                .andExpect(flash().attribute("actionError", containsString("指派")));
        mvc.perform(post("/opportunities/" + id + "/assign").param("assigneeId", String.valueOf(userId("manager")))
                .with(as("director")).with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get("/opportunities/" + id).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-step-form\"")))
                .andExpect(content().string(containsString("id=\"opportunity-history\"")));
    }

    @Test
    void theListPagesAreThereForTheDirector() throws Exception {
        mvc.perform(get("/opportunities").with(as("director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assign-form\"")));
        mvc.perform(get("/opportunities").header("HX-Request", "true").header("HX-Target", "opportunity-rows")
                .param("status", "WON").with(as("director"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/opportunities/new").with(as("director"))).andExpect(status().isOk());
        mvc.perform(get("/opportunities").with(as("service"))).andExpect(status().isForbidden());
    }
}

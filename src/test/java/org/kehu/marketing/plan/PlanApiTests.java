package org.kehu.marketing.plan;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kehu.identity.internal.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Research records and plans over the API: marketing writes them, a director approves, a stale version is a 409,
 * bad input a problem+json naming the field, and a user without the permission (an account manager) gets 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlanApiTests {

    private static final String PLAN = """
            {"name": "接口方案", "goal": "提升复购率", "channels": ["EMAIL", "EVENT"], "budget": 12000.50,
             "periodStart": "2027-01-01", "periodEnd": "2027-03-31"}""";
    private static final String RESEARCH = """
            {"topic": "接口调查", "method": "INTERVIEW", "periodStart": "2026-05-01", "periodEnd": "2026-05-10",
             "findings": "客户关心交货期"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private ResultActions send(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.with(user(accounts.loadUserByUsername(username))).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static long id(ResultActions answer) throws Exception {
        return Long.parseLong(answer.andReturn().getResponse().getContentAsString().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private static void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    @Test
    void marketingWritesAPlanADirectorApprovesItAndAStaleVersionIsAConflict() throws Exception {
        ResultActions created = send("marketing", post("/api/v1/plans"), PLAN).andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.budget").value(12000.50));
        long id = id(created);
        send("marketing", put("/api/v1/plans/" + id).header("If-Match", "\"0\""), PLAN.replace("接口方案", "接口方案（修订）"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("接口方案（修订）"));
        send("marketing", put("/api/v1/plans/" + id).header("If-Match", "\"0\""), PLAN).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send("marketing", post("/api/v1/plans/" + id + "/submit"), "{\"version\": 1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));

        send("marketing", post("/api/v1/plans/" + id + "/approve"), "{\"version\": 2}").andExpect(status().isForbidden());
        refused(send("director", post("/api/v1/plans/" + id + "/reject"), "{\"version\": 2, \"reason\": \" \"}"), "reason");
        send("director", post("/api/v1/plans/" + id + "/approve"), "{\"version\": 1}").andExpect(status().isConflict());
        send("director", post("/api/v1/plans/" + id + "/approve").header("If-Match", "W/\"2\""), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedByName").isNotEmpty());
        // An approved plan is no longer changed: the step the status refuses is a 409 too.
        send("marketing", put("/api/v1/plans/" + id), PLAN.replace("}", ", \"version\": 3}")).andExpect(status().isConflict());
        send("marketing", get("/api/v1/plans/" + id), null).andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));
        send("marketing", get("/api/v1/plans?size=200"), null).andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
    }

    @Test
    void badPlanInputIsRefusedByFieldAndNothingIsWritten() throws Exception {
        long before = jdbc.sql("select count(*) from marketing_plan").query(Long.class).single();
        refused(send("marketing", post("/api/v1/plans"), PLAN.replace("12000.50", "-1")), "budget");
        refused(send("marketing", post("/api/v1/plans"), PLAN.replace("[\"EMAIL\", \"EVENT\"]", "[\"FAX\"]")), "channels");
        refused(send("marketing", post("/api/v1/plans"), PLAN.replace("2027-03-31", "2026-12-31")), "periodEnd");
        refused(send("marketing", post("/api/v1/plans"), PLAN.replace("2027-01-01", "yesterday")), "periodStart");
        refused(send("marketing", post("/api/v1/plans"), PLAN.replace("}", ", \"segmentId\": 987654321}")), "segmentId");
        refused(send("marketing", post("/api/v1/plans"), PLAN.replace("}", ", \"approved\": true}")), "approved");
        refused(send("marketing", put("/api/v1/plans/" + id(send("marketing", post("/api/v1/plans"), PLAN)))
                .header("If-Match", "latest"), PLAN), "If-Match");
        send("marketing", get("/api/v1/plans/987654321"), null).andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from marketing_plan").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void researchIsWrittenAndChangedWithItsVersionAndRefusedBadInputByField() throws Exception {
        long id = id(send("marketing", post("/api/v1/research"), RESEARCH).andExpect(status().isCreated())
                .andExpect(jsonPath("$.method").value("INTERVIEW")).andExpect(jsonPath("$.files").isArray()));
        send("marketing", put("/api/v1/research/" + id), RESEARCH.replace("INTERVIEW", "QUESTIONNAIRE").replace("}", ", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.method").value("QUESTIONNAIRE"))
                .andExpect(header().string("ETag", "\"1\""));
        send("marketing", put("/api/v1/research/" + id).header("If-Match", "\"0\""), RESEARCH).andExpect(status().isConflict());
        refused(send("marketing", put("/api/v1/research/" + id), RESEARCH), "version");
        refused(send("marketing", post("/api/v1/research"), RESEARCH.replace("INTERVIEW", "GUESS")), "method");
        refused(send("marketing", post("/api/v1/research"), RESEARCH.replace("接口调查", "")), "topic");
        refused(send("marketing", post("/api/v1/research"), RESEARCH.replace("2026-05-10", "2026-04-01")), "periodEnd");
        send("marketing", get("/api/v1/research/" + id), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.topic").value("接口调查"));
    }

    @Test
    void aUserWithoutThePlanPermissionsGetsForbidden() throws Exception {
        send("manager", get("/api/v1/plans"), null).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send("manager", get("/api/v1/research"), null).andExpect(status().isForbidden());
        send("manager", post("/api/v1/research"), RESEARCH).andExpect(status().isForbidden());
        // A director reads and approves, but does not write plans.
        send("director", post("/api/v1/plans"), PLAN).andExpect(status().isForbidden());
        send("director", get("/api/v1/plans"), null).andExpect(status().isOk());
    }
}

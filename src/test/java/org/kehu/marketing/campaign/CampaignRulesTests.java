package org.kehu.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may see and run campaigns, what input is refused (beside the field on pages, naming the field in
 * problem+json), the status steps and the version check. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CampaignRulesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long create(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"channel\": \"EVENT\", \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-10-03\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void usersWithoutTheCampaignPermissionGetForbiddenAndOthersSeeOnlyTheirScope() throws Exception {
        long id = create("测试范围活动");
        assertThat(id).isGreaterThan(0);
        // An account manager has no campaign permission at all.
        mvc.perform(get("/api/v1/campaigns").with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/campaigns/" + id + "/report").with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/marketing/campaigns").with(as("manager"))).andExpect(status().isForbidden());
        // The sales director reads campaigns, but only their department's: marketing's is not found.
        mvc.perform(get("/api/v1/campaigns/" + id).with(as("director"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/" + id + "/report").with(as("director"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns").with(as("director"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", not(hasItem("测试范围活动"))));
        mvc.perform(post("/api/v1/campaigns/" + id + "/costs").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"spentOn\": \"2026-10-01\", \"item\": \"x\", \"amount\": 1}")).andExpect(status().isForbidden());
        // The executive sees all.
        mvc.perform(get("/api/v1/campaigns/" + id).with(as("executive"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("测试范围活动"));
        mvc.perform(get("/marketing/campaigns").with(as("marketing"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试范围活动")));
    }

    @Test
    void theApiNamesEveryRefusedFieldAndRefusesUnknownOnes() throws Exception {
        mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": " ", "budget": -1, "startsOn": "2026-10-05", "endsOn": "2026-10-01", "ownerId": %d, "segmentId": 0}"""
                                .formatted(jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "channel", "ownerId", "budget", "endsOn", "segmentId")))
                .andExpect(jsonPath("$.errors[?(@.field == 'endsOn')].message").value(hasItem("结束日期不能早于开始日期。")));
        mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"channel\": \"EMAIL\", \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-10-02\", \"cost\": 5}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"channel\": \"FAX\", \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-10-02\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/campaigns?channel=FAX").with(as("marketing"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/campaigns?after=garbage").with(as("marketing"))).andExpect(status().isBadRequest());

        long id = create("测试校验活动");
        mvc.perform(post("/api/v1/campaigns/" + id + "/costs").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"spentOn\": \"2099-01-01\", \"item\": \"\", \"amount\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("spentOn", "item", "amount")));
        long otherCustomersContact = jdbc.sql("""
                select ct.id from contact ct where ct.customer_id <> (select min(id) from customer where id > 127) order by ct.id desc limit 1""")
                .query(Long.class).single();
        mvc.perform(post("/api/v1/campaigns/" + id + "/responses").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": " + jdbc.sql("select min(id) from customer where id > 127").query(Long.class).single()
                                + ", \"contactId\": " + otherCustomersContact + ", \"respondedOn\": \"2026-10-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"));
        mvc.perform(post("/api/v1/campaigns/" + id + "/opportunities").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opportunityId\": 999999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opportunityId"));
    }

    @Test
    void statusMovesFollowTheStepsAndAStaleVersionIsAConflict() throws Exception {
        long id = create("测试状态活动");
        mvc.perform(post("/api/v1/campaigns/" + id + "/status").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"DONE\", \"version\": 0}")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/campaigns/" + id + "/status").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"RUNNING\", \"version\": 0}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RUNNING"));
        mvc.perform(put("/api/v1/campaigns/" + id).with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"改名\", \"channel\": \"EVENT\", \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-10-03\", \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/campaigns/" + id).with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"测试状态活动（改）\", \"channel\": \"EVENT\", \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-10-03\", \"version\": 1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("测试状态活动（改）"));
        mvc.perform(post("/api/v1/campaigns/" + id + "/status").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"CANCELLED\", \"version\": 2}")).andExpect(status().isOk());
        // Nothing more is recorded on a cancelled campaign.
        mvc.perform(post("/api/v1/campaigns/" + id + "/costs").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"spentOn\": \"2026-10-01\", \"item\": \"场地\", \"amount\": 100}")).andExpect(status().isConflict());
    }

    @Test
    void thePageFormShowsEachProblemBesideItsFieldAndTheCampaignPageItsParts() throws Exception {
        mvc.perform(post("/marketing/campaigns/new").with(as("marketing")).with(csrf())
                        .param("name", "").param("channel", "EMAIL").param("startsOn", "2026-10-05").param("endsOn", "2026-10-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写活动名称。")))
                .andExpect(content().string(containsString("结束日期不能早于开始日期。")));
        long id = create("测试页面活动");
        mvc.perform(post("/marketing/campaigns/" + id + "/costs").with(as("marketing")).with(csrf())
                        .param("spentOn", "2026-10-01").param("item", "").param("amount", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写费用项目。")));
        mvc.perform(post("/marketing/campaigns/" + id + "/costs").with(as("marketing")).with(csrf())
                        .param("spentOn", "2026-10-01").param("item", "场地租赁").param("amount", "1234.5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/marketing/campaigns/" + id).with(as("marketing"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("场地租赁")))
                .andExpect(content().string(containsString("campaign-move-RUNNING")));
        mvc.perform(get("/marketing/campaigns/" + id + "/edit").with(as("marketing"))).andExpect(status().isOk());
    }
}

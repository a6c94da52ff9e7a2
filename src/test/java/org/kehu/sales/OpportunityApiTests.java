package org.kehu.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OpportunityApiTests extends SalesTestSupport {

    @Test
    void createAnswers201OwnedByTheCreatorWithTheStageDefaultProbability() throws Exception {
        long id = create("director", "襄阳新能源装备有限公司");
        mvc.perform(get("/api/v1/opportunities/" + id).with(as("director")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.stageCode").value("INITIAL"))
                .andExpect(jsonPath("$.probability").value(10))
                .andExpect(jsonPath("$.ownerId").value(userId("director")))
                .andExpect(jsonPath("$.createdBy").value(userId("director")));
    }

    @Test
    void refusesBadInputNamingEachField() throws Exception {
        postJson("manager", "/api/v1/opportunities", """
                {"prospectName":" ","summary":"","expectedAmount":-5,"probability":150,"contactPhone":"call me",
                 "stageCode":"NOPE","sourceCode":"NOPE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("prospectName", "summary",
                        "expectedAmount", "probability", "contactPhone", "stageCode", "sourceCode")));
    }

    @Test
    void assigningHandsTheOpportunityToTheManagerWhoIsTold() throws Exception {
        long id = create("director", "荆州恒通汽车零部件厂");
        assign("director", id, "manager");
        mvc.perform(get("/api/v1/opportunities/" + id).with(as("manager")))
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.ownerId").value(userId("manager")))
                .andExpect(jsonPath("$.assignedTo").value(userId("manager")));
        Long told = jdbc.sql("select count(*) from notification where recipient_id = :u and link = :link")
                .param("u", userId("manager")).param("link", "/opportunities/" + id).query(Long.class).single();
        assertThat(told).isEqualTo(1);
        mvc.perform(get("/api/v1/opportunities/" + id + "/history").with(as("manager")))
                .andExpect(jsonPath("$[*].action").value(containsInAnyOrder("CREATED", "ASSIGNED")));
    }

    @Test
    void assignsSeveralAtOnceAllOrNothing() throws Exception {
        long a = create("director", "十堰东风配件一厂");
        long b = create("director", "十堰东风配件二厂");
        postJson("director", "/api/v1/opportunities/assign",
                "{\"ids\":[" + a + "," + b + "],\"assigneeId\":" + userId("manager") + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        long c = create("director", "十堰东风配件三厂");
        postJson("director", "/api/v1/opportunities/assign", "{\"ids\":[" + c + ",999999999],\"assigneeId\":" + userId("manager") + "}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/opportunities/" + c).with(as("director"))).andExpect(jsonPath("$.status").value("NEW"));
    }

    @Test
    void anAccountManagerMayNotAssign() throws Exception {
        long id = create("manager", "宜昌三峡机电");
        postJson("manager", "/api/v1/opportunities/" + id + "/assign", "{\"assigneeId\":" + userId("manager2") + "}")
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAnAssigneeOutsideTheDirectorsScope() throws Exception {
        long id = create("director", "黄石华新机械");
        postJson("director", "/api/v1/opportunities/" + id + "/assign", "{\"assigneeId\":" + userId("manager2") + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
    }

    @Test
    void winningCreatesTheCustomerAndItsContactAndPutsTheOpportunityOnItsTimeline() throws Exception {
        long id = developing("manager", "孝感精工轴承有限公司");
        JsonNode won = read(postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"WON\"}")
                .andExpect(status().isOk()));
        assertThat(won.get("status").asString()).isEqualTo("WON");
        long customerId = won.get("customerId").asLong();
        assertThat(won.get("contactId").isNull()).isFalse();
        mvc.perform(get("/api/v1/customers/" + customerId).with(as("manager")))
                .andExpect(jsonPath("$.name").value("孝感精工轴承有限公司"))
                .andExpect(jsonPath("$.ownerId").value(userId("manager")));
        mvc.perform(get("/api/v1/customers/" + customerId + "/contacts").with(as("manager")))
                .andExpect(jsonPath("$[0].name").value("吴刚"))
                .andExpect(jsonPath("$[0].mobile").value("13971234567"));
        mvc.perform(get("/customers/" + customerId).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/opportunities/" + id)))
                .andExpect(content().string(containsString("id=\"customer-opportunities\"")));
        mvc.perform(get("/opportunities/of-customer/" + customerId).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"customer-opportunity-" + id + "\"")));
        mvc.perform(get("/opportunities/of-customer/" + customerId).with(as("manager2"))).andExpect(status().isNotFound());
    }

    @Test
    void winningAProspectThatIsAlreadyOnesCustomerLinksItInsteadOfCreatingASecond() throws Exception {
        String existing = jdbc.sql("""
                select c.name from customer c join app_user u on u.id = c.owner_id where u.username = 'manager'
                 order by c.id limit 1""").query(String.class).single();
        long customers = jdbc.sql("select count(*) from customer").query(Long.class).single();
        long id = developing("manager", existing);

        JsonNode won = read(postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"WON\"}")
                .andExpect(status().isOk()));

        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isEqualTo(customers);
        assertThat(jdbc.sql("select name from customer where id = :id").param("id", won.get("customerId").asLong())
                .query(String.class).single()).isEqualTo(existing);
    }

    @Test
    void anotherOwnersCustomerOfTheSameNameIsNotLinkedButANewOneIsCreated() throws Exception {
        String othersName = jdbc.sql("""
                select c.name from customer c join app_user u on u.id = c.owner_id where u.username = 'manager2'
                 order by c.id limit 1""").query(String.class).single();
        long id = developing("manager", othersName);

        JsonNode won = read(postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"WON\"}")
                .andExpect(status().isOk()));

        assertThat(jdbc.sql("select u.username from customer c join app_user u on u.id = c.owner_id where c.id = :id")
                .param("id", won.get("customerId").asLong()).query(String.class).single()).isEqualTo("manager");
    }

    @Test
    void theCustomersTimelineLeavesOutOpportunitiesOutsideTheReadersScope() throws Exception {
        long customer = jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id where u.username = 'manager'
                 order by c.id limit 1""").query(Long.class).single();
        long directors = jdbc.sql("""
                insert into opportunity(prospect_name, probability, summary, stage_code, status, created_by, created_at,
                                        owner_id, updated_at, customer_id)
                values ('主管的机会', 90, '主管自己跟进的扩产项目', 'CONTRACT', 'WON', :d, now(), :d, now(), :c) returning id""")
                .param("d", userId("director")).param("c", customer).query(Long.class).single();

        mvc.perform(get("/customers/" + customer).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/opportunities/" + directors))));
        mvc.perform(get("/customers/" + customer).with(as("director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/opportunities/" + directors)));
    }

    @Test
    void aWonOpportunityIsReadOnlyWith409AndTheReason() throws Exception {
        long id = developing("manager", "鄂州钢构制造厂");
        postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"WON\"}").andExpect(status().isOk());
        postJson("director", "/api/v1/opportunities/" + id + "/assign", "{\"assigneeId\":" + userId("manager") + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("鄂州钢构制造厂")));
        postJson("manager", "/api/v1/opportunities/" + id + "/stage", "{\"stageCode\":\"NEEDS\"}").andExpect(status().isConflict());
        postJson("manager", "/api/v1/opportunities/" + id + "/plan/steps", "{\"plannedOn\":\"2026-04-01\",\"item\":\"回访\"}")
                .andExpect(status().isConflict());
        postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"LOST\",\"reason\":\"PRICE\"}")
                .andExpect(status().isConflict());
        JsonNode o = read(mvc.perform(get("/api/v1/opportunities/" + id).with(as("manager"))));
        mvc.perform(put("/api/v1/opportunities/" + id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"prospectName\":\"改名\",\"summary\":\"x\",\"version\":" + o.get("version").asLong() + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("只读")));
    }

    @Test
    void refusesStepsOutOfOrderWith409SayingWhy() throws Exception {
        long id = create("director", "咸宁光谷电子");
        postJson("director", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"LOST\",\"reason\":\"PRICE\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("指派")));
        postJson("director", "/api/v1/opportunities/" + id + "/plan/steps", "{\"plannedOn\":\"2026-04-01\",\"item\":\"拜访\"}")
                .andExpect(status().isConflict());
        assign("director", id, "manager");
        postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"WON\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("执行效果")));
        postJson("manager", "/api/v1/opportunities/" + id + "/plan/steps/999999999/result", "{\"result\":\"好\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void theFirstResultMovesItToDevelopingAndLosingNeedsAReason() throws Exception {
        long id = create("director", "随州专用汽车厂");
        assign("director", id, "manager");
        long step = addStep("manager", id, "2026-03-05", "电话沟通");
        mvc.perform(get("/api/v1/opportunities/" + id).with(as("manager"))).andExpect(jsonPath("$.status").value("ASSIGNED"));
        result("manager", id, step, "需要报价");
        mvc.perform(get("/api/v1/opportunities/" + id).with(as("manager"))).andExpect(jsonPath("$.status").value("DEVELOPING"));
        postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"LOST\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"LOST\",\"reason\":\"COMPETITOR\",\"note\":\"选了别家\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LOST"))
                .andExpect(jsonPath("$.lostReasonCode").value("COMPETITOR"));
    }

    @Test
    void refusesAStaleVersionWith409() throws Exception {
        long id = create("manager", "荆门石化设备");
        String url = "/api/v1/opportunities/" + id;
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"prospectName\":\"荆门石化设备有限公司\",\"summary\":\"换热器\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"prospectName\":\"荆门石化\",\"summary\":\"换热器\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(get(url).with(as("manager"))).andExpect(jsonPath("$.prospectName").value("荆门石化设备有限公司"));
    }

    @Test
    void aStageChangeFollowsTheStageDefaultUnlessTheProbabilityWasSetByHand() throws Exception {
        long id = create("manager", "潜江化工机械");
        postJson("manager", "/api/v1/opportunities/" + id + "/stage", "{\"stageCode\":\"NEGOTIATION\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.probability").value(70));
        long manual = read(postJson("manager", "/api/v1/opportunities",
                "{\"prospectName\":\"天门纺机\",\"summary\":\"织机\",\"probability\":45}")).get("id").asLong();
        postJson("manager", "/api/v1/opportunities/" + manual + "/stage", "{\"stageCode\":\"NEGOTIATION\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.probability").value(45));
    }

    @Test
    void anotherManagersOpportunityIsNotFoundAndNowhereInTheirLists() throws Exception {
        long id = create("manager", "仙桃无纺布机械厂");
        mvc.perform(get("/api/v1/opportunities/" + id).with(as("manager2"))).andExpect(status().isNotFound());
        postJson("manager2", "/api/v1/opportunities/" + id + "/stage", "{\"stageCode\":\"NEEDS\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/opportunities").param("size", "500").with(as("manager2")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        mvc.perform(get("/api/v1/opportunities").param("size", "500").param("q", "仙桃无纺布").with(as("manager")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(get("/api/v1/opportunities/export").param("format", "csv").with(as("manager2")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("仙桃无纺布机械厂"))));
        mvc.perform(get("/api/v1/opportunities/export").param("format", "csv").with(as("manager")))
                .andExpect(content().string(containsString("仙桃无纺布机械厂")));
    }

    @Test
    void keysetPagingWalksTheWholeListOnce() throws Exception {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        String after = null;
        int pages = 0;
        do {
            var request = get("/api/v1/opportunities").param("size", "40").with(as("admin"));
            if (after != null) {
                request.param("after", after);
            }
            JsonNode page = read(mvc.perform(request));
            page.get("items").forEach(i -> assertThat(seen.add(i.get("id").asLong())).isTrue());
            after = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        } while (after != null && pages < 100);
        Long total = jdbc.sql("select count(*) from opportunity").query(Long.class).single();
        assertThat((long) seen.size()).isEqualTo(total);
    }
}

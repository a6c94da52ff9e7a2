package org.kehu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.kehu.support.sla.BreachWatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/** Complaints routed to a department and its head, service-level breaches as time moves, lists and exports. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class TicketRoutingAndBreachTests extends TicketTestSupport {

    @Autowired
    BreachWatch breaches;

    private long notifications(String username, String key) {
        return jdbc.sql("select count(*) from notification where recipient_id = :u and message_key = :k")
                .param("u", userId(username)).param("k", key).query(Long.class).single();
    }

    private long complaint() throws Exception {
        return create("COMPLAINT", """
                ,"content":"交货延误两周，影响生产","categoryCode":"DELAY","targetCode":"DELIVERY","departmentId":%d,
                 "judgement":"属实","handlingPlan":"销售部三日内回复\"""".formatted(departmentId("SALES")));
    }

    @Test
    void refusesATooLongInstructionNamingItAndRecordsNothing() throws Exception {
        long id = complaint();
        call("director", "/api/v1/tickets/" + id + "/instruction", "{\"text\":\"" + "长".repeat(2001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("instruction"));
        JsonNode t = ok(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/tickets/" + id).with(as("director"))));
        assertThat(t.get("ticket").get("leaderInstruction").isNull()).isTrue();
        assertThat(t.get("steps")).extracting(s -> s.get("kind").asString()).doesNotContain("INSTRUCTION");
    }

    @Test
    void routesAComplaintToTheDepartmentWhoseHeadAloneRecordsTheInstruction() throws Exception {
        long managerBefore = notifications("manager", "support.notify.routed");
        long id = complaint();
        assertThat(notifications("manager", "support.notify.routed")).isEqualTo(managerBefore + 1);

        call("manager", "/api/v1/tickets/" + id + "/instruction", "{\"text\":\"我来批示\"}").andExpect(status().isForbidden());
        call("service", "/api/v1/tickets/" + id + "/instruction", "{\"text\":\"我来批示\"}").andExpect(status().isForbidden());
        JsonNode t = ok(call("director", "/api/v1/tickets/" + id + "/instruction", "{\"text\":\"限期整改，三日内回访客户\"}"));

        assertThat(t.get("ticket").get("leaderInstruction").asString()).isEqualTo("限期整改，三日内回访客户");
        assertThat(t.get("ticket").get("leaderName").asString()).isEqualTo("李明华");
        assertThat(t.get("ticket").get("departmentName").asString()).isEqualTo("销售部");
        assertThat(t.get("steps")).extracting(s -> s.get("kind").asString()).contains("INSTRUCTION");
    }

    @Test
    void anAccountManagerSeesOnlyTheTicketsOfTheirOwnCustomers() throws Exception {
        JsonNode other = json.readTree(mvc.perform(post("/api/v1/customers").param("confirmDuplicate", "true")
                .with(as("manager2")).with(csrf()).contentType("application/json").content("{\"name\":\"范围测试华南公司\"}"))
                .andReturn().getResponse().getContentAsString());
        JsonNode t = ok(call("service", "/api/v1/tickets", "{\"customerId\":" + other.get("id").asLong()
                + ",\"typeCode\":\"CONSULTATION\",\"priorityCode\":\"LOW\",\"channel\":\"PHONE\",\"subject\":\"范围\"}"));
        long id = t.get("ticket").get("id").asLong();
        mvc.perform(get("/api/v1/tickets/" + id).with(as("manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tickets/" + id).with(as("manager2"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tickets").param("q", t.get("ticket").get("number").asString()).with(as("manager")))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/tickets/" + id + "/edit").with(as("service"))).andExpect(status().isOk());
    }

    @Test
    void refusesAnInstructionOnAConsultation() throws Exception {
        long id = create("CONSULTATION", "");
        call("servicelead", "/api/v1/tickets/" + id + "/instruction", "{\"text\":\"x\"}").andExpect(status().isConflict());
    }

    @Test
    void marksABreachOnceWhenTheClockPassesTheDueTimeAndTellsTheServiceManager() throws Exception {
        long id = create("REPAIR", "");
        JsonNode before = ok(mvc.perform(get("/api/v1/tickets/" + id).with(as("service"))));
        assertThat(before.get("sla").get("resolution").get("breached").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(10));
        breaches.markBreaches();
        long told = notifications("servicelead", "support.notify.breached.resolution");
        breaches.markBreaches();

        assertThat(notifications("servicelead", "support.notify.breached.resolution")).isEqualTo(told);
        assertThat(jdbc.sql("select resolution_breached and response_breached from ticket where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/api/v1/tickets/" + id).with(as("service")))
                .andExpect(jsonPath("$.sla.resolution.breached").value(true))
                .andExpect(jsonPath("$.sla.resolution.left").value(Matchers.lessThan(0)));
        mvc.perform(get("/api/v1/tickets").param("view", "breached").param("q", before.get("ticket").get("number").asString())
                .with(as("service"))).andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void listsATicketAsAboutToBreachWhenLittleOfItsTargetIsLeft() throws Exception {
        long id = create("REPAIR", "");
        assign(id);
        String number = jdbc.sql("select number from ticket where id = :id").param("id", id).query(String.class).single();
        java.time.Instant warn = jdbc.sql("select resolution_warn_at from ticket where id = :id").param("id", id)
                .query(java.sql.Timestamp.class).single().toInstant();
        clock.set(warn.plusSeconds(60));
        mvc.perform(get("/api/v1/tickets").param("view", "at-risk").param("q", number).with(as("service")))
                .andExpect(jsonPath("$.items[0].atRisk").value(true));
        mvc.perform(get("/api/v1/tickets").param("view", "breached").param("q", number).with(as("service")))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void exportsTheFilteredListAsCsvAndExcel() throws Exception {
        long id = create("SUGGESTION", ",\"content\":\"建议增加远程诊断\",\"categoryCode\":\"PRODUCT\",\"departmentId\":"
                + departmentId("SERVICE"));
        String number = jdbc.sql("select number from ticket where id = :id").param("id", id).query(String.class).single();
        String csv = mvc.perform(get("/tickets/export").param("format", "csv").param("q", number).with(as("service")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).contains(number).contains("建议");
        mvc.perform(get("/api/v1/tickets/export").param("format", "xlsx").param("type", "SUGGESTION").with(as("service")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/tickets/export").param("format", "csv").with(as("manager"))).andExpect(status().isForbidden());
    }

    @Test
    void showsTheTicketPageWithItsStepsAndTheListWithItsViews() throws Exception {
        long id = complaint();
        mvc.perform(get("/tickets/" + id).with(as("servicelead"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"ticket-steps\"")))
                .andExpect(content().string(Matchers.containsString("id=\"ticket-assign\"")))
                .andExpect(content().string(Matchers.containsString("销售部")));
        mvc.perform(get("/tickets").param("view", "unassigned").with(as("servicelead"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"ticket-view-at-risk\"")));
        mvc.perform(get("/tickets/new").with(as("service"))).andExpect(status().isOk());
    }

    @Test
    void refusesToDeleteACustomerWithTicketsAndMovesTicketsWhenCustomersAreMerged() throws Exception {
        JsonNode a = json.readTree(mvc.perform(post("/api/v1/customers").param("confirmDuplicate", "true").with(as("admin"))
                .with(csrf()).contentType("application/json").content("{\"name\":\"工单测试甲公司\"}"))
                .andReturn().getResponse().getContentAsString());
        JsonNode b = json.readTree(mvc.perform(post("/api/v1/customers").param("confirmDuplicate", "true").with(as("admin"))
                .with(csrf()).contentType("application/json").content("{\"name\":\"工单测试乙公司\"}"))
                .andReturn().getResponse().getContentAsString());
        long source = a.get("id").asLong();
        long target = b.get("id").asLong();
        ok(call("service", "/api/v1/tickets", "{\"customerId\":" + source
                + ",\"typeCode\":\"CONSULTATION\",\"priorityCode\":\"LOW\",\"channel\":\"EMAIL\",\"subject\":\"咨询\"}"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/customers/" + source)
                .with(as("admin")).with(csrf())).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from ticket where customer_id = :c").param("c", source).query(Long.class).single())
                .isEqualTo(1);
        call("admin", "/api/v1/customers/" + target + "/merge",
                "{\"sourceId\":" + source + ",\"version\":" + b.get("version").asLong() + "}").andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from ticket where customer_id = :c").param("c", target).query(Long.class).single())
                .isEqualTo(1);
    }
}

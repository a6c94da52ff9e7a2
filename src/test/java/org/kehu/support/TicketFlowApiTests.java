package org.kehu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

/** The ticket flow through the REST API, as service staff and the service manager see it. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(MutableClock.Config.class)
class TicketFlowApiTests extends TicketTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    ApplicationEvents events;

    @Test
    void walksARepairFromCreationToArchiveTakingSparePartsOutOfStock() throws Exception {
        long[] part = stock(new BigDecimal("5"));
        long id = create("REPAIR", ",\"content\":\"主轴异响\"");
        assign(id);
        JsonNode handled = ok(call("service", "/api/v1/tickets/" + id + "/handle", """
                {"note":"更换主轴轴承","serviceType":"ON_SITE","serviceContent":"拆检主轴","charges":350.00,
                 "warehouseId":%d,"parts":[{"productId":%d,"quantity":2}]}""".formatted(part[1], part[0])));
        assertThat(handled.get("ticket").get("status").asString()).isEqualTo("HANDLED");
        assertThat(handled.get("ticket").get("charges").decimalValue()).isEqualByComparingTo("350");
        assertThat(handled.get("parts").get(0).get("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(onHand(part[0], part[1])).isEqualByComparingTo("3");
        feedback(id, 4);
        JsonNode archived = ok(call("service", "/api/v1/tickets/" + id + "/archive", "{}"));

        assertThat(archived.get("ticket").get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(archived.get("steps")).extracting(s -> s.get("kind").asString())
                .containsExactly("CREATE", "ASSIGN", "HANDLE", "FEEDBACK", "ARCHIVE");
        assertThat(archived.get("sla").get("response").get("met").asBoolean()).isTrue();
        assertThat(events.stream(TicketArchived.class).filter(e -> e.ticketId() == id))
                .singleElement().satisfies(e -> assertThat(e.satisfaction()).isEqualTo(4));
        String reference = jdbc.sql("select reference from stock_movement where product_id = :p and kind = 'ISSUE'")
                .param("p", part[0]).query(String.class).single();
        assertThat(reference).isEqualTo(archived.get("ticket").get("number").asString()).matches("FW\\d{8}\\d{4}");
    }

    @Test
    void refusesSparePartsWhenStockIsShortAndKeepsTheTicketAssigned() throws Exception {
        long[] part = stock(new BigDecimal("1"));
        long id = create("WARRANTY", "");
        assign(id);
        call("service", "/api/v1/tickets/" + id + "/handle", """
                {"note":"更换","warehouseId":%d,"parts":[{"productId":%d,"quantity":3}]}""".formatted(part[1], part[0]))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("BRG-")));
        assertThat(onHand(part[0], part[1])).isEqualByComparingTo("1");
        mvc.perform(get("/api/v1/tickets/" + id).with(as("service")))
                .andExpect(jsonPath("$.ticket.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.parts").isEmpty());
    }

    @Test
    void refusesAStepOutOfOrderWith409NamingTheStepAndState() throws Exception {
        long id = create("CONSULTATION", "");
        call("service", "/api/v1/tickets/" + id + "/archive", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("归档"), Matchers.containsString("已创建"))));
        call("service", "/api/v1/tickets/" + id + "/handle", "{\"note\":\"x\"}").andExpect(status().isConflict());
        call("service", "/api/v1/tickets/" + id + "/feedback", "{\"satisfaction\":4}").andExpect(status().isConflict());
    }

    @Test
    void refusesSatisfactionOutsideOneToFiveWith400() throws Exception {
        long id = create("CONSULTATION", "");
        assign(id);
        handle(id);
        for (String s : new String[] {"0", "6", "null"}) {
            call("service", "/api/v1/tickets/" + id + "/feedback", "{\"satisfaction\":" + s + "}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
        }
    }

    @Test
    void refusesAComplaintWithoutContentWith400() throws Exception {
        call("service", "/api/v1/tickets", """
                {"customerId":%d,"typeCode":"COMPLAINT","priorityCode":"HIGH","channel":"PHONE","subject":"投诉",
                 "content":"  ","categoryCode":"QUALITY","targetCode":"PRODUCT","departmentId":%d}"""
                .formatted(customerId(), departmentId("SERVICE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("content")));
    }

    @Test
    void archivesALowSatisfactionOnlyAfterTheManagersReview() throws Exception {
        long id = create("REPAIR", "");
        assign(id);
        handle(id);
        feedback(id, 2);
        call("service", "/api/v1/tickets/" + id + "/archive", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("审核")));
        call("service", "/api/v1/tickets/" + id + "/review", "{\"text\":\"同意\"}").andExpect(status().isForbidden());
        call("servicelead", "/api/v1/tickets/" + id + "/review", "{\"text\":\" \"}").andExpect(status().isBadRequest());
        ok(call("servicelead", "/api/v1/tickets/" + id + "/review", "{\"text\":\"已电话回访客户，同意归档\"}"));
        JsonNode archived = ok(call("service", "/api/v1/tickets/" + id + "/archive", "{}"));
        assertThat(archived.get("steps")).extracting(s -> s.get("kind").asString()).contains("REVIEW");
        assertThat(archived.get("steps")).filteredOn(s -> s.get("kind").asString().equals("REVIEW"))
                .singleElement().satisfies(s -> assertThat(s.get("note").asString()).isEqualTo("已电话回访客户，同意归档"));
    }

    @Test
    void reopensAnArchivedTicketWithAReasonAndAssignsItAgain() throws Exception {
        long id = create("INSTALLATION", "");
        assign(id);
        handle(id);
        feedback(id, 5);
        ok(call("service", "/api/v1/tickets/" + id + "/archive", "{}"));
        call("service", "/api/v1/tickets/" + id + "/reopen", "{\"text\":\"\"}").andExpect(status().isBadRequest());
        JsonNode reopened = ok(call("service", "/api/v1/tickets/" + id + "/reopen", "{\"text\":\"设备再次报警\"}"));
        assertThat(reopened.get("ticket").get("status").asString()).isEqualTo("REOPENED");
        assertThat(assign(id).get("ticket").get("status").asString()).isEqualTo("ASSIGNED");
    }

    @Test
    void refusesATooLongNoteOnEachStepNamingTheFieldAndChangesNothing() throws Exception {
        String tooLong = "长".repeat(2001);
        String comment = "长".repeat(1001);
        long id = create("REPAIR", "");
        call("servicelead", "/api/v1/tickets/" + id + "/assign", "{\"assigneeId\":" + userId("service") + ",\"note\":\""
                + tooLong + "\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(get("/api/v1/tickets/" + id).with(as("service"))).andExpect(jsonPath("$.ticket.status").value("CREATED"));
        assign(id);
        handle(id);
        call("service", "/api/v1/tickets/" + id + "/feedback", "{\"satisfaction\":2,\"comment\":\"" + comment + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(get("/api/v1/tickets/" + id).with(as("service"))).andExpect(jsonPath("$.ticket.status").value("HANDLED"));
        feedback(id, 2);
        call("servicelead", "/api/v1/tickets/" + id + "/review", "{\"text\":\"" + tooLong + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("opinion"));
        ok(call("servicelead", "/api/v1/tickets/" + id + "/review", "{\"text\":\"同意\"}"));
        call("service", "/api/v1/tickets/" + id + "/archive", "{\"text\":\"" + tooLong + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        ok(call("service", "/api/v1/tickets/" + id + "/archive", "{}"));
        call("service", "/api/v1/tickets/" + id + "/reopen", "{\"text\":\"" + tooLong + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        JsonNode after = ok(mvc.perform(get("/api/v1/tickets/" + id).with(as("service"))));
        assertThat(after.get("ticket").get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(after.get("steps")).extracting(s -> s.get("kind").asString())
                .containsExactly("CREATE", "ASSIGN", "HANDLE", "FEEDBACK", "REVIEW", "ARCHIVE");
    }

    @Test
    void refusesAStaleVersionWith409() throws Exception {
        long id = create("CONSULTATION", "");
        call("servicelead", "/api/v1/tickets/" + id + "/assign", "{\"assigneeId\":" + userId("service") + ",\"version\":7}")
                .andExpect(status().isConflict());
    }

    @Test
    void editsATicketThroughTheApiAndRefusesEditsOnceArchived() throws Exception {
        long id = create("CONSULTATION", "");
        String body = """
                {"customerId":%d,"priorityCode":"HIGH","channel":"EMAIL","subject":"改为邮件咨询","content":"补充说明","version":0}"""
                .formatted(customerId());
        JsonNode edited = ok(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/tickets/" + id)
                .with(as("service")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .contentType("application/json").content(body)));
        assertThat(edited.get("ticket").get("subject").asString()).isEqualTo("改为邮件咨询");
        assertThat(edited.get("ticket").get("priorityCode").asString()).isEqualTo("HIGH");
        assertThat(edited.get("ticket").get("typeCode").asString()).isEqualTo("CONSULTATION");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/tickets/" + id)
                .with(as("service")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .contentType("application/json").content(body)).andExpect(status().isConflict());
    }

    @Test
    void answers404ForAnUnknownTicket() throws Exception {
        mvc.perform(get("/api/v1/tickets/999999999").with(as("service"))).andExpect(status().isNotFound());
    }
}

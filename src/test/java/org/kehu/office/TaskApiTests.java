package org.kehu.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/** /api/v1/tasks: validation, the assignee's data scope, versions and the done action. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TaskApiTests extends OfficeTestSupport {

    @Test
    void createsAnAppointmentWithACustomerAndItsContact() throws Exception {
        long customer = customerOf("manager");
        long contact = mainContactOf(customer);
        mvc.perform(post("/api/v1/tasks").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"APPOINTMENT","title":"上门拜访","dueAt":"%s","endAt":"%s","place":"客户工厂",
                                 "customerId":%d,"contactId":%d,"remindBeforeMinutes":30,"priority":"HIGH"}"""
                                .formatted(local(inHours(24)), local(inHours(25)), customer, contact)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/tasks/")))
                .andExpect(jsonPath("$.kind").value("APPOINTMENT"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.assigneeId").value(userId("manager")))
                .andExpect(jsonPath("$.customerId").value(customer))
                .andExpect(jsonPath("$.customerName").isString())
                .andExpect(jsonPath("$.contactId").value(contact))
                .andExpect(jsonPath("$.remindAt").isString())
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void refusesInvalidInputNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/tasks").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"APPOINTMENT","title":" ","dueAt":"%s","endAt":"%s","remindBeforeMinutes":-5,
                                 "assigneeId":%d}""".formatted(local(inHours(5)), local(inHours(4)), userId("manager2"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "title", "endAt", "remindBeforeMinutes", "assigneeId")));
        mvc.perform(post("/api/v1/tasks").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"无时间\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueAt"));
        assertThat(jdbc.sql("select count(*) from task where title in (' ', '无时间')").query(Long.class).single()).isZero();
    }

    @Test
    void refusesACustomerOutsideTheScopeAndAContactOfAnotherCustomer() throws Exception {
        long theirs = customerOf("manager2");
        long mine = customerOf("manager");
        mvc.perform(post("/api/v1/tasks").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"回访\",\"dueAt\":\"%s\",\"customerId\":%d}".formatted(local(inHours(3)), theirs)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        mvc.perform(post("/api/v1/tasks").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"回访\",\"dueAt\":\"%s\",\"customerId\":%d,\"contactId\":%d}"
                                .formatted(local(inHours(3)), mine, mainContactOf(theirs))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"));
    }

    @Test
    void anotherAccountManagerGets404ForEveryActionOnSomeoneElsesTask() throws Exception {
        long id = createTask("manager", "张伟的任务", inHours(6)).get("id").asLong();
        mvc.perform(get("/api/v1/tasks/{id}", id).with(as("manager2"))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/tasks/{id}", id).with(as("manager2")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"改\",\"dueAt\":\"%s\",\"version\":0}".formatted(local(inHours(6)))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tasks/{id}/done", id).with(as("manager2")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/tasks/{id}", id).with(as("manager2")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks").param("view", "team").param("status", "ALL").with(as("manager2")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        mvc.perform(get("/api/v1/tasks/{id}", id).with(as("manager"))).andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void theDirectorSeesAndAssignsTheTeamsTasksButNotAnotherDepartments() throws Exception {
        long managers = createTask("manager", "华东客户回访", inHours(8)).get("id").asLong();
        long others = createTask("manager2", "华南客户回访", inHours(8)).get("id").asLong();
        mvc.perform(get("/api/v1/tasks").param("view", "team").param("size", "200").param("period", "next7")
                        .with(as("director")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) managers)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) others))));
        mvc.perform(get("/api/v1/tasks/{id}", managers).with(as("director"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.assigneeName").value("张伟"));
        mvc.perform(get("/api/v1/tasks/{id}", others).with(as("director"))).andExpect(status().isNotFound());
        // The director gives a task to the account manager, who is told.
        JsonNode given = createTask("director", "{\"title\":\"准备投标\",\"dueAt\":\"%s\",\"assigneeId\":%d}"
                .formatted(local(inHours(30)), userId("manager")));
        assertThat(given.get("assigneeId").asLong()).isEqualTo(userId("manager"));
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :u and message_key = 'office.task.assigned'")
                .param("u", userId("manager")).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/tasks").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"越权\",\"dueAt\":\"%s\",\"assigneeId\":%d}".formatted(local(inHours(3)), userId("manager2"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
    }

    @Test
    void aStaleVersionAnswers409AndChangesNothing() throws Exception {
        long id = createTask("manager", "发送报价单", inHours(10)).get("id").asLong();
        String url = "/api/v1/tasks/" + id;
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"发送正式报价单\",\"dueAt\":\"%s\",\"version\":0}".formatted(local(inHours(10)))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"别的标题\",\"dueAt\":\"%s\",\"version\":0}".formatted(local(inHours(10)))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(url + "/done").param("version", "0").with(as("manager")).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"无版本\",\"dueAt\":\"%s\"}".formatted(local(inHours(10)))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get(url).with(as("manager"))).andExpect(jsonPath("$.title").value("发送正式报价单"));
    }

    @Test
    void doneRecordsWhenAndLeavesTheOpenList() throws Exception {
        long id = createTask("manager", "寄送样品", todayAtNoon()).get("id").asLong();
        mvc.perform(post("/api/v1/tasks/{id}/done", id).param("version", "0").with(as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.completedAt").isString());
        mvc.perform(get("/api/v1/tasks").param("size", "200").with(as("manager")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        mvc.perform(get("/api/v1/tasks").param("status", "DONE").param("period", "today").param("size", "200").with(as("manager")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(post("/api/v1/tasks/{id}/reopen", id).with(as("manager")).with(csrf()))
                .andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.completedAt").doesNotExist());
    }

    @Test
    void filtersByKindCustomerAndOverdueAndPagesByKeyset() throws Exception {
        long customer = customerOf("manager");
        long overdue = createTask("manager", "{\"title\":\"逾期的\",\"dueAt\":\"%s\",\"customerId\":%d}"
                .formatted(local(inHours(-3)), customer)).get("id").asLong();
        mvc.perform(get("/api/v1/tasks").param("period", "overdue").param("customer", String.valueOf(customer))
                        .param("kind", "TASK").param("size", "200").with(as("manager")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) overdue)))
                .andExpect(jsonPath("$.items[*].overdue").value(not(hasItem(false))))
                .andExpect(jsonPath("$.items[*].customerId").value(not(hasItem(org.hamcrest.Matchers.not((int) customer)))));
        String first = mvc.perform(get("/api/v1/tasks").param("status", "ALL").param("size", "5").with(as("manager")))
                .andExpect(jsonPath("$.items.length()").value(5)).andExpect(jsonPath("$.next").isString())
                .andReturn().getResponse().getContentAsString();
        JsonNode page1 = json.readTree(first);
        mvc.perform(get("/api/v1/tasks").param("status", "ALL").param("size", "5")
                        .param("after", page1.get("next").asString()).with(as("manager")))
                .andExpect(jsonPath("$.items[0].id").value(not(page1.get("items").get(4).get("id").asInt())))
                .andExpect(jsonPath("$.previous").isString());
        mvc.perform(get("/api/v1/tasks").param("status", "NOPE").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void attachesAnOpportunityTheUserMaySeeAndRefusesAnotherOne() throws Exception {
        long mine = opportunityOf("manager");
        long theirs = opportunityOf("manager2");
        long id = createTask("manager", "{\"title\":\"机会跟进\",\"dueAt\":\"%s\",\"opportunityId\":%d}"
                .formatted(local(inHours(7)), mine)).get("id").asLong();
        mvc.perform(get("/api/v1/tasks/{id}", id).with(as("manager")))
                .andExpect(jsonPath("$.opportunityId").value(mine))
                .andExpect(jsonPath("$.opportunityName").isString());
        mvc.perform(get("/api/v1/tasks").param("opportunity", String.valueOf(mine)).with(as("manager")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(post("/api/v1/tasks").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"别人的机会\",\"dueAt\":\"%s\",\"opportunityId\":%d}".formatted(local(inHours(7)), theirs)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opportunityId"));
    }

    private long opportunityOf(String username) {
        return jdbc.sql("select o.id from opportunity o join app_user u on u.id = o.owner_id where u.username = :u order by o.id limit 1")
                .param("u", username).query(Long.class).single();
    }

    @Test
    void deleteRemovesTheTask() throws Exception {
        long id = createTask("manager", "删除我", inHours(4)).get("id").asLong();
        mvc.perform(delete("/api/v1/tasks/{id}", id).with(as("manager")).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/tasks/{id}", id).with(as("manager"))).andExpect(status().isNotFound());
    }
}

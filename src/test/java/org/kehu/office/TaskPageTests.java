package org.kehu.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** The task pages, the calendar, the customer page's card and timeline, and what customer merges and deletes do. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TaskPageTests extends OfficeTestSupport {

    @Test
    void theFormShowsEachMessageBesideItsFieldAndSavesNothing() throws Exception {
        mvc.perform(post("/tasks").with(as("manager")).with(csrf())
                        .param("kind", "APPOINTMENT").param("title", "").param("dueAt", local(inHours(5)))
                        .param("endAt", local(inHours(4))).param("assigneeId", String.valueOf(userId("manager2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写标题。")))
                .andExpect(content().string(containsString("结束时间必须晚于开始时间。")))
                .andExpect(content().string(containsString("只能把任务分配给您团队中使用任务功能的人员。")))
                .andExpect(content().string(containsString("id=\"task-title\"")));
        mvc.perform(post("/tasks").with(as("manager")).with(csrf()).param("kind", "TASK").param("title", "没有时间"))
                .andExpect(content().string(containsString("请填写截止时间。")));
        assertThat(jdbc.sql("select count(*) from task where title = '没有时间'").query(Long.class).single()).isZero();
    }

    @Test
    void createsATaskFromTheFormAndMarksItDoneFromItsPage() throws Exception {
        long customer = customerOf("manager");
        String location = mvc.perform(post("/tasks").with(as("manager")).with(csrf())
                        .param("kind", "TASK").param("title", "整理年度采购需求").param("dueAt", local(inHours(4)))
                        .param("priority", "HIGH").param("remindBeforeMinutes", "60")
                        .param("customerId", String.valueOf(customer)).param("contactId", String.valueOf(mainContactOf(customer))))
                .andExpect(redirectedUrlPattern("/tasks/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as("manager")))
                .andExpect(content().string(containsString("整理年度采购需求")))
                .andExpect(content().string(containsString("id=\"task-done\"")));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/tasks/{id}/done", id).param("version", "0").with(as("manager")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + id));
        assertThat(jdbc.sql("select status from task where id = :id").param("id", id).query(String.class).single()).isEqualTo("DONE");
    }

    @Test
    void aStaleEditIsRefusedWith409AndTheFormSaysSo() throws Exception {
        long id = createTask("manager", "报价审核", inHours(6)).get("id").asLong();
        mvc.perform(post("/tasks/{id}", id).with(as("manager")).with(csrf()).param("kind", "TASK").param("title", "报价审核（改）")
                .param("dueAt", local(inHours(6))).param("version", "0")).andExpect(redirectedUrl("/tasks/" + id));
        mvc.perform(post("/tasks/{id}", id).with(as("manager")).with(csrf()).param("kind", "TASK").param("title", "别人的修改")
                        .param("dueAt", local(inHours(6))).param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"task-conflict\"")));
    }

    @Test
    void theListShowsMineAndForTheDirectorTheTeamAndExportsWhatItShows() throws Exception {
        long managers = createTask("manager", "列表里的任务", todayAtNoon()).get("id").asLong();
        mvc.perform(get("/tasks").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-row-" + managers + "\"")))
                .andExpect(content().string(not(containsString("id=\"task-view-team\""))));
        mvc.perform(get("/tasks").with(as("director")))
                .andExpect(content().string(not(containsString("id=\"task-row-" + managers + "\""))))
                .andExpect(content().string(containsString("id=\"task-view-team\"")));
        mvc.perform(get("/tasks").param("view", "team").param("period", "today").with(as("director")).header("HX-Request", "true")
                        .header("HX-Target", "task-rows"))
                .andExpect(content().string(containsString("id=\"task-row-" + managers + "\"")))
                .andExpect(content().string(not(containsString("<html"))));
        String csv = mvc.perform(get("/tasks/export").param("view", "team").param("period", "today").with(as("director")))
                .andExpect(header().string("Content-Disposition", containsString("tasks-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("列表里的任务").contains("张伟").contains("未完成");
        String managers2 = mvc.perform(get("/tasks/export").param("view", "team").param("status", "ALL").with(as("manager2")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(managers2).doesNotContain("列表里的任务").doesNotContain("张伟");
    }

    @Test
    void theFilterFormAsTheBrowserSendsItAnswersTheRowsOfThePeriod() throws Exception {
        long soon = createTask("manager", "下周内的任务", inHours(30)).get("id").asLong();
        long overdue = createTask("manager", "早已逾期的任务", inHours(-300)).get("id").asLong();
        mvc.perform(get("/tasks").with(as("manager")).header("HX-Request", "true").header("HX-Target", "task-rows")
                        .param("view", "mine").param("status", "OPEN").param("kind", "").param("period", "next7")
                        .param("from", "").param("to", "").param("customer", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-row-" + soon + "\"")))
                .andExpect(content().string(not(containsString("id=\"task-row-" + overdue + "\""))));
    }

    @Test
    void anotherAccountManagerGets404ForTheTaskPage() throws Exception {
        long id = createTask("manager", "别人看不到", inHours(2)).get("id").asLong();
        mvc.perform(get("/tasks/{id}", id).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/{id}/edit", id).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/{id}/done", id).with(as("manager2")).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theCalendarShowsMyWeekAndMonthAndTheDirectorsTeamToggle() throws Exception {
        // A day the demo agenda leaves empty: the month view shows four items a day, and the demo fills today.
        LocalDateTime start = LocalDate.now(BusinessTime.ZONE).plusDays(400).atTime(10, 0);
        long id = createTask("manager", "{\"kind\":\"APPOINTMENT\",\"title\":\"日程上的约会\",\"dueAt\":\"%s\",\"endAt\":\"%s\"}"
                .formatted(local(start), local(start.plusHours(1)))).get("id").asLong();
        LocalDate day = start.toLocalDate();
        mvc.perform(get("/calendar").param("date", day.toString()).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calendar-week\"")))
                .andExpect(content().string(containsString("id=\"cal-item-" + id + "\"")))
                .andExpect(content().string(containsString("id=\"cal-slot-" + day + "T09\"")))
                .andExpect(content().string(not(containsString("id=\"calendar-team\""))));
        mvc.perform(get("/calendar").param("view", "month").param("date", day.toString()).with(as("manager")))
                .andExpect(content().string(containsString("id=\"calendar-month\"")))
                .andExpect(content().string(containsString("id=\"cal-day-" + day + "\"")))
                .andExpect(content().string(containsString("id=\"cal-item-" + id + "\"")));
        mvc.perform(get("/calendar").param("date", day.toString()).with(as("director")))
                .andExpect(content().string(containsString("id=\"calendar-team\"")))
                .andExpect(content().string(not(containsString("id=\"cal-item-" + id + "\""))));
        mvc.perform(get("/calendar").param("date", day.toString()).param("team", "true")
                        .param("member", String.valueOf(userId("manager"))).with(as("director")))
                .andExpect(content().string(containsString("id=\"cal-item-" + id + "\"")));
        // manager2 is no member of the director's team: choosing them shows the whole team, never their tasks.
        long others = createTask("manager2", "{\"kind\":\"APPOINTMENT\",\"title\":\"华南约会\",\"dueAt\":\"%s\",\"endAt\":\"%s\"}"
                .formatted(local(start), local(start.plusHours(1)))).get("id").asLong();
        mvc.perform(get("/calendar").param("date", day.toString()).param("team", "true")
                        .param("member", String.valueOf(userId("manager2"))).with(as("director")))
                .andExpect(content().string(not(containsString("id=\"cal-item-" + others + "\""))));
    }

    @Test
    void aCalendarSlotOpensTheFormPrefilledWithItsTime() throws Exception {
        mvc.perform(get("/tasks/new").param("kind", "APPOINTMENT").param("due", "2026-12-01T14:00").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2026-12-01T14:00\"")))
                .andExpect(content().string(containsString("value=\"2026-12-01T15:00\"")));
    }

    @Test
    void theCustomerPageShowsOpenTasksAndTheTimelineShowsTasks() throws Exception {
        long customer = customerOf("manager");
        long id = createTask("manager", "{\"title\":\"客户卡片里的任务\",\"dueAt\":\"%s\",\"customerId\":%d}"
                .formatted(local(inHours(5)), customer)).get("id").asLong();
        mvc.perform(get("/customers/{id}", customer).with(as("manager")))
                .andExpect(content().string(containsString("id=\"customer-open-tasks\"")))
                .andExpect(content().string(containsString("/tasks/" + id)))
                .andExpect(content().string(containsString("客户卡片里的任务")));
        mvc.perform(get("/tasks/customer/{id}", customer).with(as("manager")))
                .andExpect(content().string(containsString("id=\"customer-task-" + id + "\"")))
                .andExpect(content().string(containsString("/tasks/new?customerId=" + customer)));
        mvc.perform(get("/tasks/customer/{id}", customer).with(as("manager2"))).andExpect(status().isNotFound());
    }

    @Test
    void aMergeMovesTheTasksToTheCustomerThatStays() throws Exception {
        String target = mvc.perform(post("/api/v1/customers").param("confirmDuplicate", "true").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"合并目标机械厂\"}")).andReturn().getResponse().getContentAsString();
        String source = mvc.perform(post("/api/v1/customers").param("confirmDuplicate", "true").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"合并来源机械厂\"}")).andReturn().getResponse().getContentAsString();
        long targetId = json.readTree(target).get("id").asLong();
        long sourceId = json.readTree(source).get("id").asLong();
        long task = createTask("manager", "{\"title\":\"跟着客户走\",\"dueAt\":\"%s\",\"customerId\":%d}"
                .formatted(local(inHours(5)), sourceId)).get("id").asLong();
        mvc.perform(post("/api/v1/customers/{id}/merge", targetId).with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"sourceId\":%d,\"version\":0}".formatted(sourceId)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select customer_id from task where id = :id").param("id", task).query(Long.class).single())
                .isEqualTo(targetId);
    }

    @Test
    void deletingACustomerWithOpenTasksIsRefused() throws Exception {
        long customer = newCustomer("有未完成任务的客户");
        createTask("manager", "{\"title\":\"未完成\",\"dueAt\":\"%s\",\"customerId\":%d}".formatted(local(inHours(5)), customer));
        mvc.perform(delete("/api/v1/customers/{id}", customer).with(as("admin")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("未完成的任务")));
    }

    @Test
    void deletingACustomerWithOnlyFinishedTasksTakesThemAlong() throws Exception {
        long customer = newCustomer("只有已完成任务的客户");
        long task = createTask("manager", "{\"title\":\"已完成\",\"dueAt\":\"%s\",\"customerId\":%d}"
                .formatted(local(inHours(-5)), customer)).get("id").asLong();
        mvc.perform(post("/api/v1/tasks/{id}/done", task).with(as("manager")).with(csrf())).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/customers/{id}", customer).with(as("admin")).with(csrf())).andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from task where id = :id").param("id", task).query(Long.class).single()).isZero();
    }

    private long newCustomer(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers").param("confirmDuplicate", "true").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}")).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }
}

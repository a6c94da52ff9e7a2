package org.kehu.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kehu.office.internal.TaskReminders;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** The reminder job and the agenda, with a clock the test moves. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
@Transactional
class TaskReminderTests extends OfficeTestSupport {

    @Autowired
    MovableClock clock;
    @Autowired
    TaskReminders reminders;
    @Autowired
    Agenda agenda;

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), BusinessTime.ZONE).withSecond(0).withNano(0);
    }

    private long reminders(long taskId) {
        return jdbc.sql("select count(*) from notification where message_key = 'office.task.reminder' and link = :link")
                .param("link", "/tasks/" + taskId).query(Long.class).single();
    }

    private long task(String title, LocalDateTime due, Integer remindBefore) throws Exception {
        return createTask("manager", "{\"title\":\"%s\",\"dueAt\":\"%s\",\"remindBeforeMinutes\":%s}"
                .formatted(title, local(due), remindBefore)).get("id").asLong();
    }

    @Test
    void remindsTheAssigneeOnceWhenTheReminderTimeHasComeAndTheBellShowsIt() throws Exception {
        long id = task("给客户打电话确认交期", now().plusHours(3), 60);
        reminders.sendDueReminders();
        assertThat(reminders(id)).isZero();

        clock.moveBy(Duration.ofHours(2).plusMinutes(1));
        reminders.sendDueReminders();
        assertThat(reminders(id)).isEqualTo(1);
        List<Long> recipients = jdbc.sql("select recipient_id from notification where link = :link")
                .param("link", "/tasks/" + id).query(Long.class).list();
        assertThat(recipients).containsExactly(userId("manager"));

        clock.moveBy(Duration.ofMinutes(5));
        reminders.sendDueReminders();
        assertThat(reminders(id)).isEqualTo(1);

        mvc.perform(get("/notifications/bell").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("提醒：给客户打电话确认交期")));
        mvc.perform(get("/tasks/{id}", id).with(as("manager")))
                .andExpect(content().string(Matchers.containsString("id=\"task-reminder\"")))
                .andExpect(content().string(Matchers.containsString("已于")));
    }

    @Test
    void aDoneTaskOrOneWithoutReminderIsNotReminded() throws Exception {
        long done = task("已完成的任务", now().plusHours(1), 30);
        long silent = task("不提醒的任务", now().plusHours(1), null);
        mvc.perform(post("/api/v1/tasks/{id}/done", done).with(as("manager")).with(csrf())).andExpect(status().isOk());
        clock.moveBy(Duration.ofHours(2));
        reminders.sendDueReminders();
        assertThat(reminders(done)).isZero();
        assertThat(reminders(silent)).isZero();
    }

    @Test
    void movingTheDueTimeLaterRemindsAgainAtTheNewTime() throws Exception {
        long id = task("技术交流会准备", now().plusHours(1), 30);
        clock.moveBy(Duration.ofMinutes(40));
        reminders.sendDueReminders();
        assertThat(reminders(id)).isEqualTo(1);

        mvc.perform(put("/api/v1/tasks/{id}", id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"技术交流会准备\",\"dueAt\":\"%s\",\"remindBeforeMinutes\":30,\"version\":0}"
                                .formatted(local(now().plusHours(3)))))
                .andExpect(status().isOk());
        reminders.sendDueReminders();
        assertThat(reminders(id)).isEqualTo(1);
        clock.moveBy(Duration.ofHours(2).plusMinutes(35));
        reminders.sendDueReminders();
        assertThat(reminders(id)).isEqualTo(2);
    }

    @Test
    void theAgendaListsTodaysTasksFirstThenEarlierOverdueOnesButNotTomorrowsOrOthers() throws Exception {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        clock.set(today.atTime(10, 0).atZone(BusinessTime.ZONE).toInstant());
        long earlier = task("上周遗留：寄合同", today.minusDays(3).atTime(9, 0), null);
        long yesterday = task("昨天没打的电话", today.minusDays(1).atTime(14, 0), null);
        long pastToday = task("今早的报价", today.atTime(8, 0), null);
        long later = task("今天下午回访", today.atTime(16, 0), null);
        long tomorrow = task("明天的会", today.plusDays(1).atTime(10, 0), null);
        long others = createTask("manager2", "陈静今天的任务", today.atTime(15, 0)).get("id").asLong();

        // Signed in as the manager for the direct call (the requests above reset the security context).
        var manager = accounts.loadUserByUsername("manager");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(manager, null,
                        manager.getAuthorities()));
        Agenda.Day day = agenda.day(500);
        assertThat(day.today()).extracting(AgendaItem::id).contains(pastToday, later)
                .doesNotContain(earlier, yesterday, tomorrow, others);
        assertThat(day.today()).extracting(AgendaItem::dueAt).isSorted();
        assertThat(day.today()).filteredOn(i -> i.id() == pastToday).first().satisfies(i -> {
            assertThat(i.overdue()).isTrue();
            assertThat(i.link()).isEqualTo("/tasks/" + pastToday);
        });
        assertThat(day.today()).filteredOn(i -> i.id() == later).first().extracting(AgendaItem::overdue).isEqualTo(false);
        assertThat(day.overdue()).extracting(AgendaItem::id).contains(earlier, yesterday)
                .doesNotContain(pastToday, later, others);
        assertThat(day.overdue()).extracting(AgendaItem::id).containsSubsequence(yesterday, earlier);
        assertThat(day.todayCount()).isEqualTo(day.today().size());
        assertThat(day.overdueCount()).isEqualTo(day.overdue().size());

        Agenda.Day one = agenda.day(1);
        assertThat(one.today()).hasSize(1);
        assertThat(one.todayCount()).isEqualTo(day.todayCount());
        assertThat(one.overdue()).extracting(AgendaItem::id).containsExactly(day.overdue().get(0).id());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}

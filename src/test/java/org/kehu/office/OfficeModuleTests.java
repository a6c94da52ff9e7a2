package org.kehu.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.kehu.office.internal.TaskReminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** The office module with all it uses: a task reminds its assignee once, when its reminder time has come, and only while open. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
// No first administrator: the demo data of the whole-application tests in this JVM needs a database without users.
@TestPropertySource(properties = "kehu.first-administrator=false")
@Transactional
class OfficeModuleTests {

    @Autowired
    TaskReminders reminders;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    /** A user past the first ids, so that nothing depends on an id fitting in a byte. */
    private long user() {
        return jdbc.sql("""
                insert into app_user(id, username, password_hash, name) overriding system value
                values ((select greatest(max(id), 1000) + 1 from app_user), :u, '{noop}x', '办事员') returning id""")
                .param("u", "office" + System.nanoTime()).query(Long.class).single();
    }

    /** A task due in {@code dueIn} that reminds {@code remindBefore} ahead, as the task form stores it. */
    private long task(long assignee, String status, Duration dueIn, int remindBeforeMinutes) {
        Instant now = clock.instant();
        Instant due = now.plus(dueIn);
        return jdbc.sql("""
                insert into task(kind, title, due_at, assignee_id, created_by, status, completed_at,
                                 remind_before_minutes, remind_at, created_at, updated_at)
                values ('TASK', '回访客户', :due, :who, :who, :status, :completed, :before, :remindAt, :now, :now) returning id""")
                .param("due", Timestamp.from(due)).param("who", assignee).param("status", status)
                .param("completed", "DONE".equals(status) ? Timestamp.from(now) : null)
                .param("before", remindBeforeMinutes)
                .param("remindAt", Timestamp.from(due.minus(Duration.ofMinutes(remindBeforeMinutes))))
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    private long remindersOf(long assignee) {
        return jdbc.sql("select count(*) from notification where recipient_id = :who and message_key = 'office.task.reminder'")
                .param("who", assignee).query(Long.class).single();
    }

    @Test
    void remindsTheAssigneeOnceWhenTheReminderTimeHasComeAndNotBefore() {
        long assignee = user();
        long due = task(assignee, "OPEN", Duration.ofMinutes(30), 60);
        long notYet = task(assignee, "OPEN", Duration.ofHours(3), 60);

        reminders.sendDueReminders();
        reminders.sendDueReminders();

        assertThat(remindersOf(assignee)).isEqualTo(1);
        assertThat(jdbc.sql("select link from notification where recipient_id = :who").param("who", assignee)
                .query(String.class).single()).isEqualTo("/tasks/" + due).isNotEqualTo("/tasks/" + notYet);
    }

    @Test
    void aTaskAlreadyDoneRemindsNobody() {
        long assignee = user();
        task(assignee, "DONE", Duration.ofMinutes(30), 60);

        reminders.sendDueReminders();

        assertThat(remindersOf(assignee)).isZero();
    }
}

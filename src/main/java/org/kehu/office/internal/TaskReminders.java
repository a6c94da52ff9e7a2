package org.kehu.office.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.kehu.notification.Notifications;
import org.kehu.shared.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the assignee of each open task whose reminder time has come (see {@link ReminderRule}) and
 * that was not reminded yet. Marking and selecting are one {@code update ... returning}, and rows another node
 * holds are skipped, so that on several nodes each reminder goes out once even without the lock.
 */
@Component
public class TaskReminders {

    /** A run handles at most this many; the next minute takes the rest. */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

    record Due(long id, long assigneeId, String title, Instant dueAt) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;

    TaskReminders(JdbcClient jdbc, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Sends the reminders due at the clock's now; answers how many. {@link TaskReminderSchedule} runs it every minute. */
    @Transactional
    public int sendDueReminders() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Due> due = jdbc.sql("""
                update task set reminded_at = :now
                 where id in (select id from task
                               where status = 'OPEN' and reminded_at is null and remind_at <= :now
                               order by remind_at limit :batch
                               for update skip locked)
                returning id, assignee_id, title, due_at""")
                .param("now", now).param("batch", BATCH)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
        for (Due d : due) {
            notifications.notify(d.assigneeId(), "office.task.reminder", List.of(d.title(), Formats.dateTime(d.dueAt())),
                    "/tasks/" + d.id());
        }
        if (!due.isEmpty()) {
            log.debug("Sent {} task reminders", due.size());
        }
        return due.size();
    }
}

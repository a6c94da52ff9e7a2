package org.kehu.office.internal;

import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder job every minute, on one node at a time. A bean of its own, present only when
 * {@code kehu.scheduling.enabled} is not false: a library on the class path (spring-modulith-moments) switches
 * {@code @Scheduled} processing on even where the application's schedule is off, and tests must be the only ones
 * to run the job there, with their own clock.
 */
@Component
@ConditionalOnProperty(name = "kehu.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class TaskReminderSchedule {

    private final TaskReminders reminders;

    TaskReminderSchedule(TaskReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = 60, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
    // Held at least half a minute: another node's run in that time skips, so reminders go out once a minute in all.
    @SchedulerLock(name = "office.task-reminders", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    void run() {
        reminders.sendDueReminders();
    }
}

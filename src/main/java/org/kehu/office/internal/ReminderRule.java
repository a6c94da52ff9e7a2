package org.kehu.office.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a task reminds its assignee: {@code remind-before} minutes before its due time (an appointment's
 * start). No minutes, no reminder. A reminder is sent once; moving the reminder time into the future (a new
 * due time, more minutes) arms it again, while moving it within the past does not repeat it.
 */
public final class ReminderRule {

    /** At most 30 days ahead, as the form offers and the database checks. */
    public static final int MAX_MINUTES = 43_200;

    private ReminderRule() {
    }

    /** The reminder time, or null for a task that does not remind. */
    public static Instant remindAt(Instant dueAt, Integer remindBeforeMinutes) {
        if (dueAt == null || remindBeforeMinutes == null) {
            return null;
        }
        return dueAt.minus(Duration.ofMinutes(remindBeforeMinutes));
    }

    /** Whether an open, not yet reminded task is to be reminded at {@code now}. */
    public static boolean isDue(Instant remindAt, TaskStatus status, Instant remindedAt, Instant now) {
        return status == TaskStatus.OPEN && remindAt != null && remindedAt == null && !remindAt.isAfter(now);
    }

    /**
     * Whether an edit that changes the reminder time from {@code before} to {@code after} should send the reminder
     * again: only when the new time lies ahead, so that the assignee hears of the new time when it comes.
     */
    public static boolean rearms(Instant before, Instant after, Instant now) {
        return after != null && !after.equals(before) && after.isAfter(now);
    }
}

package org.kehu.office.internal;

import java.time.Instant;

import org.kehu.office.TaskKind;

/** One line of the task list, its export and the calendar. */
public record TaskRow(long id, TaskKind kind, String title, Instant dueAt, Instant endAt, String place, long assigneeId,
        String assigneeName, TaskPriority priority, TaskStatus status, Instant completedAt, Long customerId,
        String customerName, boolean overdue) {

    TaskRow withNames(String assignee, String customer) {
        return new TaskRow(id, kind, title, dueAt, endAt, place, assigneeId, assignee, priority, status, completedAt,
                customerId, customer, overdue);
    }
}

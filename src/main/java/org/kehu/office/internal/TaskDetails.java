package org.kehu.office.internal;

import java.time.Instant;

import org.kehu.office.TaskKind;

/**
 * A task as its page and the API show it. Names are those the reader may see: a customer outside the reader's
 * scope shows no name. {@code overdue}: open and past its due time.
 */
public record TaskDetails(long id, TaskKind kind, String title, String description, Instant dueAt, Instant endAt,
        String place, long assigneeId, String assigneeName, Long createdBy, String createdByName, TaskPriority priority,
        TaskStatus status, Instant completedAt, Integer remindBeforeMinutes, Instant remindAt, Instant remindedAt,
        Long customerId, String customerName, Long contactId, String contactName, Long opportunityId,
        String opportunityName, Instant createdAt, Instant updatedAt, long version, boolean overdue) {
}

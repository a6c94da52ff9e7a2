package org.kehu.office;

import java.time.Instant;

/**
 * One open task or appointment of the signed-in user that is due soon or overdue: what the home page's
 * "due today" box shows. {@code link} is the task's page; {@code customerName} is null without a customer
 * (or when the reader may not see it).
 */
public record AgendaItem(long id, TaskKind kind, String title, Instant dueAt, boolean overdue, Long customerId,
        String customerName, String link) {
}

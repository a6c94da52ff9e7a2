package org.kehu.support.ticket;

import java.time.Instant;

/** One line of the ticket list and its exports. */
public record TicketRow(long id, String number, long customerId, String customerName, String typeCode,
        String priorityCode, String status, String subject, String assigneeName, Instant createdAt,
        Instant responseDue, Instant respondedAt, Instant resolutionDue, Instant resolvedAt, boolean breached,
        boolean atRisk, Integer satisfaction) {
}

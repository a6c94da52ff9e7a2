package org.kehu.support;

import java.time.Instant;

/**
 * Published when a service ticket is archived; a follow-up visit is planned from it. {@code satisfaction}
 * is the customer's 1–5, or null when none was given; {@code handlerId} is the staff member who handled it.
 */
public record TicketArchived(long ticketId, String ticketNumber, long customerId, Long contactId, String typeCode,
        Integer satisfaction, Instant archivedAt, Long handlerId) {
}

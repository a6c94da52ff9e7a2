package org.kehu.support;

import java.time.Instant;

/** A ticket in the portal's list: what the customer needs to recognise it and see where it stands. */
public record CustomerTicketRow(long id, String number, String typeCode, String subject, TicketStatus status,
        String contactName, Instant createdAt, Instant updatedAt) {
}

package org.kehu.chat;

import java.time.Instant;

/** A conversation with the names a page shows: the customer, the contact who asks, the operator who answers. */
public record Conversation(long id, long customerId, long contactId, String customerName, String contactName,
        ConversationStatus status, Long operatorId, String operatorName, Instant startedAt, Instant takenAt,
        Instant endedAt, Long ticketId, String ticketNumber, Instant lastMessageAt) {
}

package org.kehu.office.message;

import java.time.Instant;
import java.util.List;

/**
 * A message in the inbox or the sent box. {@code readAt} is when the reader read it (inbox), null when unread or in
 * the sent box; {@code threadId} is the first message of its conversation.
 */
public record MessageRow(long id, String subject, long senderId, String senderName, List<String> recipientNames,
        Instant sentAt, Instant readAt, Long replyToId, long threadId) {

    public boolean read() {
        return readAt != null;
    }
}

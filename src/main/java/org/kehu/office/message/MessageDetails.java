package org.kehu.office.message;

import java.time.Instant;
import java.util.List;

/**
 * One message as its sender or one of its recipients sees it. {@code readAt} is the reader's own (null for the
 * sender); in {@code recipients} the times each read it are shown to the sender only.
 */
public record MessageDetails(long id, String subject, String body, long senderId, String senderName,
        List<Recipient> recipients, Instant sentAt, Long replyToId, long threadId, boolean sentByReader, Instant readAt) {

    /** A recipient of a message; {@code readAt} null when unread or when the reader is not the sender. */
    public record Recipient(long id, String name, Instant readAt) {
    }
}

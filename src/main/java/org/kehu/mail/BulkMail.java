package org.kehu.mail;

/**
 * One message of a bulk send (marketing mail): the message and, when not null, the one-click unsubscribe URL
 * sent as the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers (RFC 8058).
 */
public record BulkMail(OutgoingMail mail, String listUnsubscribe) {
}

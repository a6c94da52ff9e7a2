package org.kehu.chat;

import java.time.Instant;

/**
 * One message of a conversation. {@code text} is what the reader sees: the words as written, or for a
 * {@link Sender#SYSTEM} message its sentence in the reader's language.
 */
public record ChatMessage(long id, long conversationId, Sender sender, String authorName, String text, Instant sentAt) {
}

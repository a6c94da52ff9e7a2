package org.kehu.mail.internal;

/** A message was stored; it is sent once the storing transaction has committed. */
public record MailQueued(long messageId) {
}

package org.kehu.mail;

/** Where a message is: waiting in the outbox, sent through SMTP, or failed (and retried later). */
public enum MailStatus {
    OUTBOX, SENT, FAILED
}

package org.kehu.marketing.mailing;

/** Where a mailing stands: its mails are being queued, all are queued, or queuing stopped on an error. */
public enum MailingStatus {
    QUEUEING,
    DONE,
    FAILED
}

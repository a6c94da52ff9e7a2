package org.kehu.mail.internal;

import java.util.List;

/**
 * Many messages were stored in one statement (a batch of a marketing mailing); each is sent once the storing
 * transaction has committed. One event for the batch, not one per message: every event to a transactional listener is
 * written to (and then completed in) the event publication table, three statements per message, which made queuing a
 * mailing of 100,000 contacts take ten minutes instead of seconds.
 */
public record MailBatchQueued(List<Long> messageIds) {
}

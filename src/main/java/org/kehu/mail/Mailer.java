package org.kehu.mail;

import org.kehu.mail.internal.MailQueued;
import org.kehu.mail.internal.MailStore;
import org.kehu.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail. Every message is first stored in the outbox within the caller's transaction; when that
 * transaction commits and SMTP is configured ({@code spring.mail.host}), it is sent and marked sent, or
 * marked failed with the error and retried later. Without SMTP it stays in the outbox, readable at
 * {@code /admin/outbox}. A rolled-back transaction therefore never sends anything.
 */
@Service
public class Mailer {

    private final MailStore store;
    private final ApplicationEventPublisher events;

    Mailer(MailStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Stores the message and sends it after the commit; answers the message's id. */
    @Transactional
    public long send(OutgoingMail mail) {
        if (!org.kehu.shared.EmailAddress.isValid(mail.to())) {
            throw InvalidInputException.of("to", "mail.error.address");
        }
        long id = store.add(mail);
        events.publishEvent(new MailQueued(id));
        return id;
    }

    /**
     * Stores many messages in one statement (a batch of a marketing mailing) and sends each after the commit, as
     * {@link #send(OutgoingMail)} does; answers their ids in the given order. Every address must be valid, else
     * nothing is stored.
     */
    @Transactional
    public java.util.List<Long> sendAll(java.util.List<BulkMail> mails) {
        for (int i = 0; i < mails.size(); i++) {
            if (!org.kehu.shared.EmailAddress.isValid(mails.get(i).mail().to())) {
                throw InvalidInputException.of("to[" + i + "]", "mail.error.address");
            }
        }
        java.util.List<Long> ids = store.addAll(mails);
        if (!ids.isEmpty()) {
            events.publishEvent(new org.kehu.mail.internal.MailBatchQueued(ids));
        }
        return ids;
    }

    /**
     * Stores the message with its files and sends them together after the commit; answers the message's id.
     * The files are kept with the message, so that a retry sends them again.
     */
    @Transactional
    public long send(OutgoingMail mail, java.util.List<MailAttachment> attachments) {
        long id = send(mail);
        if (attachments != null && !attachments.isEmpty()) {
            store.addAttachments(id, attachments);
        }
        return id;
    }

    /** Where each of these messages is (outbox, sent, failed), by id; unknown ids are left out. */
    public java.util.Map<Long, MailStatus> statuses(java.util.Collection<Long> messageIds) {
        return messageIds.isEmpty() ? java.util.Map.of() : store.statuses(messageIds);
    }

    /** Shorthand of {@link #send(OutgoingMail)}. */
    @Transactional
    public long send(String to, String subject, String htmlBody, String textBody) {
        return send(new OutgoingMail(to, subject, htmlBody, textBody));
    }
}

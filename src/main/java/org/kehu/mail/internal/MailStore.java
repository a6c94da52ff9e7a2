package org.kehu.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.kehu.mail.MailStatus;
import org.kehu.mail.OutgoingMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mail_message table: the outbox and the record of what was sent. */
@Component
public class MailStore {

    /** One row of the outbox list, without the bodies. */
    public record Row(long id, String recipient, String subject, MailStatus status, String error, int attempts,
            Instant createdAt, Instant sentAt) {
    }

    /** A whole message, for reading it. */
    public record Message(long id, String recipient, String subject, String htmlBody, String textBody, MailStatus status,
            String error, int attempts, Instant createdAt, Instant sentAt) {
    }

    private static final String ROW = "select id, recipient, subject, status, error, attempts, created_at, sent_at from mail_message";

    private final JdbcClient jdbc;
    private final Clock clock;

    MailStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long add(OutgoingMail mail) {
        return jdbc.sql("""
                insert into mail_message(recipient, subject, html_body, text_body, created_at)
                values (:to, :subject, :html, :text, :now) returning id""")
                .param("to", mail.to().strip()).param("subject", mail.subject())
                .param("html", mail.htmlBody() == null ? "" : mail.htmlBody())
                .param("text", mail.textBody() == null ? "" : mail.textBody())
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
    }

    /** Stores a batch in one statement; answers the ids in the batch's order. */
    public List<Long> addAll(List<org.kehu.mail.BulkMail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        int n = mails.size();
        String[] to = new String[n];
        String[] subject = new String[n];
        String[] html = new String[n];
        String[] text = new String[n];
        String[] unsubscribe = new String[n];
        for (int i = 0; i < n; i++) {
            OutgoingMail m = mails.get(i).mail();
            to[i] = m.to().strip();
            subject[i] = m.subject();
            html[i] = m.htmlBody() == null ? "" : m.htmlBody();
            text[i] = m.textBody() == null ? "" : m.textBody();
            unsubscribe[i] = mails.get(i).listUnsubscribe();
        }
        return jdbc.sql("""
                insert into mail_message(recipient, subject, html_body, text_body, created_at, list_unsubscribe)
                select m.recipient, m.subject, m.html, m.text, :now, m.unsubscribe
                  from unnest(cast(:to as text[]), cast(:subject as text[]), cast(:html as text[]), cast(:text as text[]),
                              cast(:unsubscribe as text[])) with ordinality as m(recipient, subject, html, text, unsubscribe, n)
                 order by m.n returning id""")
                .param("to", to).param("subject", subject).param("html", html).param("text", text)
                .param("unsubscribe", unsubscribe).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).list();
    }

    /** The one-click unsubscribe URL of a marketing message, if it has one. */
    public Optional<String> listUnsubscribe(long id) {
        return jdbc.sql("select list_unsubscribe from mail_message where id = :id and list_unsubscribe is not null")
                .param("id", id).query(String.class).optional();
    }

    /** Stores the files of a message, in the order given. */
    public void addAttachments(long messageId, List<org.kehu.mail.MailAttachment> attachments) {
        int position = 0;
        for (org.kehu.mail.MailAttachment a : attachments) {
            jdbc.sql("""
                    insert into mail_attachment(message_id, position, filename, content_type, content)
                    values (:message, :position, :filename, :type, :content)""")
                    .param("message", messageId).param("position", position++).param("filename", a.filename())
                    .param("type", a.contentType()).param("content", a.content()).update();
        }
    }

    /** The files of a message, in the order they were given. */
    public List<org.kehu.mail.MailAttachment> attachments(long messageId) {
        return jdbc.sql("select filename, content_type, content from mail_attachment where message_id = :id order by position")
                .param("id", messageId)
                .query((rs, n) -> new org.kehu.mail.MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }

    public java.util.Map<Long, MailStatus> statuses(java.util.Collection<Long> ids) {
        java.util.Map<Long, MailStatus> found = new java.util.HashMap<>();
        jdbc.sql("select id, status from mail_message where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> found.put(rs.getLong(1), MailStatus.valueOf(rs.getString(2)))).list();
        return found;
    }

    public Optional<Message> find(long id) {
        return jdbc.sql("select id, recipient, subject, html_body, text_body, status, error, attempts, created_at, sent_at"
                + " from mail_message where id = :id").param("id", id).query(Message.class).optional();
    }

    /**
     * Newest first, keyset paged: {@code afterId} is the last id of the previous page (ids grow with the
     * creation time, so the id alone orders the list).
     */
    public List<Row> page(MailStatus status, String recipient, Long afterId, int size) {
        return jdbc.sql(ROW + " " + """
                 where (cast(:status as varchar) is null or status = :status)
                   and (cast(:recipient as varchar) is null or recipient ilike '%' || :recipient || '%')
                   and (cast(:after as bigint) is null or id < :after)
                 order by id desc limit :size""")
                .param("status", status == null ? null : status.name())
                .param("recipient", recipient == null || recipient.isBlank() ? null : recipient.strip())
                .param("after", afterId).param("size", size).query(Row.class).list();
    }

    /** Claims a message for one delivery attempt; false when it was sent or someone else claimed it. */
    boolean claim(long id, int seenAttempts) {
        return jdbc.sql("update mail_message set attempts = attempts + 1 where id = :id and status <> 'SENT' and attempts = :seen")
                .param("id", id).param("seen", seenAttempts).update() == 1;
    }

    void markSent(long id) {
        jdbc.sql("update mail_message set status = 'SENT', error = null, sent_at = :now where id = :id")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", id).update();
    }

    void markFailed(long id, String error) {
        String text = error == null ? "unknown error" : error;
        jdbc.sql("update mail_message set status = 'FAILED', error = :error where id = :id")
                .param("error", text.length() > 2000 ? text.substring(0, 2000) : text).param("id", id).update();
    }

    /**
     * Failed messages with attempts left, and outbox messages of the last day whose after-commit send never
     * ran (a stop in between). Older outbox mail was written while SMTP was off and is not sent late.
     */
    List<Long> dueForRetry(int maxAttempts, Instant outboxBefore) {
        return jdbc.sql("""
                select id from mail_message
                 where (status = 'FAILED' and attempts < :max)
                    or (status = 'OUTBOX' and created_at < :before and created_at > :since)
                 order by id limit 500""")
                .param("max", maxAttempts).param("before", java.sql.Timestamp.from(outboxBefore))
                .param("since", java.sql.Timestamp.from(outboxBefore.minus(java.time.Duration.ofDays(1)))).query(Long.class).list();
    }
}

package org.kehu.office.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.kehu.office.files.OfficeUploads;
import org.kehu.office.mail.OfficeMailRecords.AttachmentFile;
import org.kehu.office.mail.OfficeMailRecords.AttachmentInfo;
import org.kehu.office.mail.OfficeMailRecords.SentRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables office_mail, office_mail_recipient and office_mail_attachment. */
@Component
class OfficeMailStore {

    /** A recipient row as stored. */
    record RecipientRow(String name, String address, Long userId, Long contactId, Long customerId, long messageId) {
    }

    /** A mail's head as stored. */
    record Head(long id, long senderId, String subject, String body, Instant sentAt) {
    }

    /** A mail to a customer's contact, for the customer's timeline. */
    record ToCustomer(long mailId, long senderId, String subject, Instant sentAt, String contactName) {
    }

    private final JdbcClient jdbc;

    OfficeMailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long senderId, String subject, String body, Instant sentAt) {
        return jdbc.sql("insert into office_mail(sender_id, subject, body, sent_at) values (:sender, :subject, :body, :at) returning id")
                .param("sender", senderId).param("subject", subject).param("body", body).param("at", Timestamp.from(sentAt))
                .query(Long.class).single();
    }

    void addRecipient(long mailId, RecipientRow r) {
        jdbc.sql("""
                insert into office_mail_recipient(mail_id, user_id, contact_id, customer_id, name, address, mail_message_id)
                values (:mail, :user, :contact, :customer, :name, :address, :message)""")
                .param("mail", mailId).param("user", r.userId()).param("contact", r.contactId()).param("customer", r.customerId())
                .param("name", r.name()).param("address", r.address()).param("message", r.messageId()).update();
    }

    void addAttachment(long mailId, OfficeUploads.Checked file) {
        jdbc.sql("""
                insert into office_mail_attachment(mail_id, filename, content_type, size_bytes, content)
                values (:mail, :filename, :type, :size, :content)""")
                .param("mail", mailId).param("filename", file.filename()).param("type", file.contentType())
                .param("size", file.size()).param("content", file.content()).update();
    }

    /** The sender's mails, newest first, after the mail {@code afterId} of the previous page. */
    List<SentRow> sent(long senderId, Long afterId, int size) {
        return jdbc.sql("""
                select m.id, m.subject, m.sent_at,
                       (select string_agg(r.name, ', ' order by r.id) from office_mail_recipient r where r.mail_id = m.id) as recipients,
                       (select count(*) from office_mail_attachment a where a.mail_id = m.id) as attachments
                  from office_mail m
                 where m.sender_id = :sender and (cast(:after as bigint) is null or m.id < :after)
                 order by m.id desc limit :size""")
                .param("sender", senderId).param("after", afterId).param("size", size).query(SentRow.class).list();
    }

    Optional<Head> head(long id) {
        return jdbc.sql("select id, sender_id, subject, body, sent_at from office_mail where id = :id").param("id", id)
                .query(Head.class).optional();
    }

    List<RecipientRow> recipients(long mailId) {
        return jdbc.sql("""
                select name, address, user_id, contact_id, customer_id, mail_message_id as message_id
                  from office_mail_recipient where mail_id = :mail order by id""")
                .param("mail", mailId).query(RecipientRow.class).list();
    }

    List<AttachmentInfo> attachments(long mailId) {
        return jdbc.sql("select id, filename, content_type, size_bytes as size from office_mail_attachment where mail_id = :mail order by id")
                .param("mail", mailId).query(AttachmentInfo.class).list();
    }

    Optional<AttachmentFile> attachment(long mailId, long attachmentId) {
        return jdbc.sql("select filename, content_type, content from office_mail_attachment where id = :id and mail_id = :mail")
                .param("id", attachmentId).param("mail", mailId).query(AttachmentFile.class).optional();
    }

    /** Mails to the customer's contacts, newest first. */
    List<ToCustomer> toCustomer(long customerId, int limit) {
        return jdbc.sql("""
                select m.id as mail_id, m.sender_id, m.subject, m.sent_at, string_agg(r.name, ', ' order by r.id) as contact_name
                  from office_mail_recipient r join office_mail m on m.id = r.mail_id
                 where r.customer_id = :customer
                 group by m.id order by m.id desc limit :limit""")
                .param("customer", customerId).param("limit", limit).query(ToCustomer.class).list();
    }
}

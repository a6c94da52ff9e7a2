package org.kehu.office.mail;

import java.time.Instant;
import java.util.List;

import org.kehu.mail.MailStatus;

/** What the office's e-mail pages show: the sender's list, one mail with its recipients and files. */
final class OfficeMailRecords {

    private OfficeMailRecords() {
    }

    /** A row of the sender's list. */
    record SentRow(long id, String subject, Instant sentAt, String recipients, int attachments) {
    }

    /** One recipient as it was when the mail was sent, and where its copy is now. */
    record Recipient(String name, String address, Long userId, Long contactId, Long customerId, long messageId,
            MailStatus status) {
    }

    /** A file sent with the mail, without its bytes. */
    record AttachmentInfo(long id, String filename, String contentType, int size) {
    }

    /** A whole mail. */
    record MailView(long id, long senderId, String senderName, String subject, String body, Instant sentAt,
            List<Recipient> recipients, List<AttachmentInfo> attachments) {
    }

    /** A file's bytes, for downloading it. */
    record AttachmentFile(String filename, String contentType, byte[] content) {
    }
}

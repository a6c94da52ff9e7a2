package org.kehu.office.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.StaffCard;
import org.kehu.identity.UserDirectory;
import org.kehu.mail.MailAttachment;
import org.kehu.mail.MailStatus;
import org.kehu.mail.Mailer;
import org.kehu.mail.OutgoingMail;
import org.kehu.office.files.OfficeUploads;
import org.kehu.office.mail.OfficeMailRecords.AttachmentFile;
import org.kehu.office.mail.OfficeMailRecords.MailView;
import org.kehu.office.mail.OfficeMailRecords.Recipient;
import org.kehu.office.mail.OfficeMailRecords.SentRow;
import org.kehu.shared.EmailAddress;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mail from a staff member to colleagues and to contacts of customers within the sender's data scope, with files.
 * Each recipient gets a copy of their own through the mail module (outbox, SMTP after the commit); the mail, its
 * recipients and files are kept for the sender's "sent" list, and a mail to a contact shows on its customer's
 * timeline. This is correspondence, not marketing: the marketing consent does not apply, as it does not to a letter.
 */
@Service
class OfficeMails {

    static final int MAX_RECIPIENTS = 50;
    static final int MAX_FILES = 10;
    /** One file: a document or a few photographs; mail servers commonly refuse messages past 20–25 MB. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    private final OfficeMailStore store;
    private final Mailer mailer;
    private final UserDirectory users;
    private final CustomerManagement customers;
    private final Clock clock;

    OfficeMails(OfficeMailStore store, Mailer mailer, UserDirectory users, CustomerManagement customers, Clock clock) {
        this.store = store;
        this.mailer = mailer;
        this.users = users;
        this.customers = customers;
        this.clock = clock;
    }

    /** Sends the mail to every recipient and answers its id; nothing is sent when anything is wrong. */
    @Transactional
    public long send(CurrentUser sender, MailForm form, List<OfficeUploads.Upload> uploads) {
        List<OfficeMailStore.RecipientRow> recipients = recipients(sender, form);
        List<OfficeUploads.Checked> files = files(uploads);
        String subject = form.getSubject().strip();
        String body = form.getBody().strip();
        StaffCard from = users.staffCards().stream().filter(s -> s.id() == sender.id()).findFirst().orElse(null);
        long mailId = store.add(sender.id(), subject, body, clock.instant());
        files.forEach(f -> store.addAttachment(mailId, f));
        List<MailAttachment> attachments = files.stream()
                .map(f -> new MailAttachment(f.filename(), f.contentType(), f.content())).toList();
        String html = html(body, sender, from);
        String text = text(body, sender, from);
        for (OfficeMailStore.RecipientRow r : recipients) {
            long messageId = mailer.send(new OutgoingMail(r.address(), subject, html, text), attachments);
            store.addRecipient(mailId, new OfficeMailStore.RecipientRow(r.name(), r.address(), r.userId(), r.contactId(),
                    r.customerId(), messageId));
        }
        return mailId;
    }

    /** The sender's mails, newest first; {@code afterId} is the last id of the previous page. */
    List<SentRow> sent(CurrentUser sender, Long afterId, int size) {
        return store.sent(sender.id(), afterId, size);
    }

    /**
     * One mail for its sender, a colleague it was sent to, or a reader who may see the customer of one of its contacts
     * (the timeline links here); anyone else gets 404 as for an unknown mail.
     */
    @Transactional(readOnly = true)
    MailView view(CurrentUser reader, long id) {
        OfficeMailStore.Head head = store.head(id).orElseThrow(() -> new RecordNotFoundException("Mail", id));
        List<OfficeMailStore.RecipientRow> rows = store.recipients(id);
        if (!mayRead(reader, head, rows)) {
            throw new RecordNotFoundException("Mail", id);
        }
        Map<Long, MailStatus> statuses = mailer.statuses(rows.stream().map(OfficeMailStore.RecipientRow::messageId).toList());
        List<Recipient> recipients = rows.stream().map(r -> new Recipient(r.name(), r.address(), r.userId(), r.contactId(),
                r.customerId(), r.messageId(), statuses.get(r.messageId()))).toList();
        String senderName = users.names(List.of(head.senderId())).get(head.senderId());
        return new MailView(head.id(), head.senderId(), senderName, head.subject(), head.body(), head.sentAt(), recipients,
                store.attachments(id));
    }

    @Transactional(readOnly = true)
    AttachmentFile attachment(CurrentUser reader, long mailId, long attachmentId) {
        view(reader, mailId);
        return store.attachment(mailId, attachmentId).orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
    }

    private boolean mayRead(CurrentUser reader, OfficeMailStore.Head head, List<OfficeMailStore.RecipientRow> rows) {
        if (head.senderId() == reader.id() || rows.stream().anyMatch(r -> r.userId() != null && r.userId() == reader.id())) {
            return true;
        }
        List<Long> customerIds = rows.stream().map(OfficeMailStore.RecipientRow::customerId).filter(c -> c != null).toList();
        return reader.can(Permission.CUSTOMER_VIEW) && !customerIds.isEmpty() && !customers.summaries(customerIds).isEmpty();
    }

    /**
     * The recipients with their addresses: enabled staff with an e-mail address, and contacts with one whose customer
     * the sender may see. Each refusal names the field of the recipient kind.
     */
    private List<OfficeMailStore.RecipientRow> recipients(CurrentUser sender, MailForm form) {
        var userIds = new LinkedHashSet<>(form.getUserIds().stream().filter(i -> i != null).toList());
        var contactIds = new LinkedHashSet<>(form.getContactIds().stream().filter(i -> i != null).toList());
        if (userIds.isEmpty() && contactIds.isEmpty()) {
            throw InvalidInputException.of("userIds", "office.mail.error.no-recipient");
        }
        if (userIds.size() + contactIds.size() > MAX_RECIPIENTS) {
            throw InvalidInputException.of("userIds", "office.mail.error.too-many-recipients");
        }
        List<OfficeMailStore.RecipientRow> rows = new ArrayList<>();
        if (!userIds.isEmpty()) {
            Map<Long, StaffCard> staff = users.staffCards().stream().collect(Collectors.toMap(StaffCard::id, Function.identity()));
            for (Long id : userIds) {
                StaffCard s = staff.get(id);
                if (s == null || s.email() == null || !EmailAddress.isValid(s.email())) {
                    throw InvalidInputException.of("userIds", "office.mail.error.user-without-address");
                }
                rows.add(new OfficeMailStore.RecipientRow(s.name(), s.email().strip(), s.id(), null, null, 0));
            }
        }
        for (Long id : contactIds) {
            ContactDetails c = contact(sender, id);
            if (c.email() == null || !EmailAddress.isValid(c.email())) {
                throw InvalidInputException.of("contactIds", "office.mail.error.contact-without-address");
            }
            rows.add(new OfficeMailStore.RecipientRow(c.name(), c.email().strip(), null, c.id(), c.customerId(), 0));
        }
        return rows;
    }

    private ContactDetails contact(CurrentUser sender, long id) {
        if (!sender.can(Permission.CUSTOMER_VIEW)) {
            throw InvalidInputException.of("contactIds", "office.mail.error.contact-not-found");
        }
        try {
            return customers.contact(id);
        } catch (RecordNotFoundException | AccessDeniedException e) {
            throw InvalidInputException.of("contactIds", "office.mail.error.contact-not-found");
        }
    }

    private static List<OfficeUploads.Checked> files(List<OfficeUploads.Upload> uploads) {
        List<OfficeUploads.Upload> given = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && u.content() != null && u.content().length > 0).toList();
        if (given.size() > MAX_FILES) {
            throw InvalidInputException.of("files", "office.mail.error.too-many-files");
        }
        List<OfficeUploads.Checked> checked = given.stream().map(u -> OfficeUploads.check(u, MAX_FILE_BYTES, "files")).toList();
        if (checked.stream().mapToLong(OfficeUploads.Checked::size).sum() > MAX_TOTAL_BYTES) {
            throw InvalidInputException.of("files", "office.mail.error.files-too-large");
        }
        return checked;
    }

    /** The text as HTML (escaped, lines kept), signed with the sender's name, department and address. */
    private static String html(String body, CurrentUser sender, StaffCard from) {
        String text = HtmlUtils.htmlEscape(body).replace("\r\n", "\n").replace("\n", "<br>\n");
        return "<div style=\"font-family:sans-serif;font-size:14px\">" + text + "</div>\n"
                + "<p style=\"color:#666;font-size:12px\">— " + HtmlUtils.htmlEscape(signature(sender, from)) + "</p>";
    }

    private static String text(String body, CurrentUser sender, StaffCard from) {
        return body + "\n\n— " + signature(sender, from);
    }

    private static String signature(CurrentUser sender, StaffCard from) {
        StringBuilder s = new StringBuilder(sender.name());
        if (from != null && from.departmentName() != null) {
            s.append(" · ").append(from.departmentName());
        }
        if (from != null && from.email() != null) {
            s.append(" · ").append(from.email());
        }
        return s.toString();
    }
}

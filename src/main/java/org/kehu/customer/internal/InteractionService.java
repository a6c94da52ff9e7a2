package org.kehu.customer.internal;

import java.time.ZoneId;
import java.util.List;

import org.kehu.customer.AttachmentFile;
import org.kehu.customer.InteractionDetails;
import org.kehu.customer.InteractionInput;
import org.kehu.customer.NewAttachment;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records interactions with their attachments; reading them goes through {@link CustomerReads}. */
@Service
@Transactional
public class InteractionService {

    /** The interaction form speaks in China's time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    private final InteractionRepository interactions;
    private final InteractionAttachmentRepository attachments;
    private final ContactRepository contacts;
    private final ScopedCustomers customers;
    private final CustomerChecks checks;
    private final UserDirectory users;
    private final CustomerReads reads;

    InteractionService(InteractionRepository interactions, InteractionAttachmentRepository attachments,
            ContactRepository contacts, ScopedCustomers customers, CustomerChecks checks, UserDirectory users,
            CustomerReads reads) {
        this.interactions = interactions;
        this.attachments = attachments;
        this.contacts = contacts;
        this.customers = customers;
        this.checks = checks;
        this.users = users;
        this.reads = reads;
    }

    public InteractionDetails record(long customerId, InteractionInput in, List<NewAttachment> files) {
        customers.load(customerId);
        boolean contactOk = in.getContactId() == null
                || contacts.findById(in.getContactId()).filter(c -> c.getCustomerId() == customerId).isPresent();
        checks.check(in, contactOk);
        for (NewAttachment f : files) {
            if (f.content().length > MAX_ATTACHMENT_BYTES) {
                throw InvalidInputException.of("files", "customer.error.attachment-too-large");
            }
            if (f.contentType() != null && f.contentType().length() > 100) {
                throw InvalidInputException.of("files", "customer.error.too-long"); // interaction_attachment.content_type
            }
        }
        Interaction interaction = interactions.saveAndFlush(new Interaction(customerId,
                in.getOccurredAt().atZone(ZONE).toInstant(), Text.clean(in.getPlace()), in.getChannelCode().strip(),
                in.getContactId(), in.getSummary().strip(), Text.clean(in.getDetails()),
                users.currentUser().map(u -> u.id()).orElse(null)));
        for (NewAttachment f : files) {
            String name = f.filename() == null || f.filename().isBlank() ? "attachment" : f.filename();
            attachments.save(new InteractionAttachment(interaction.getId(), name.length() > 255 ? name.substring(0, 255) : name,
                    f.contentType(), f.content()));
        }
        attachments.flush();
        return reads.interaction(interaction.getId());
    }

    @Transactional(readOnly = true)
    public AttachmentFile attachment(long attachmentId) {
        InteractionAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
        long customerId = interactions.findById(a.getInteractionId()).orElseThrow().getCustomerId();
        try {
            customers.load(customerId);
        } catch (RecordNotFoundException outOfScope) {
            throw new RecordNotFoundException("Attachment", attachmentId);
        }
        return new AttachmentFile(a.getFilename(), a.getContentType(), a.getContent());
    }
}

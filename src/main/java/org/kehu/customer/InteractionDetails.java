package org.kehu.customer;

import java.time.Instant;
import java.util.List;

/** One recorded interaction with its attachments (without their content). */
public record InteractionDetails(long id, long customerId, Instant occurredAt, String place, String channelCode,
        Long contactId, String contactName, String summary, String details, Long recordedBy, String recordedByName,
        List<Attachment> attachments) {

    /** An attached file; its content is downloaded separately. */
    public record Attachment(long id, String filename, String contentType, long sizeBytes) {
    }
}

package org.kehu.portal.showcase;

import java.time.Instant;

/** A DIY design as the review list and the API show it. */
public record DiyDesignRow(long id, long customerId, String customerName, Long contactId, String title,
        DiyStatus status, String reason, String reviewedBy, Instant reviewedAt, Instant createdAt, long version) {
}

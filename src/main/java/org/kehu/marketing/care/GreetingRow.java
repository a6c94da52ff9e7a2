package org.kehu.marketing.care;

import java.time.Instant;
import java.time.LocalDate;

/** A prepared or sent greeting as the owner's list shows it. */
public record GreetingRow(long id, Occasion occasion, LocalDate date, Integer years, long contactId, String contactName,
        String email, long customerId, String customerName, Long ownerId, String ownerName, String subject, String body,
        GreetingStatus status, String skipReason, Instant sentAt, long version) {

    GreetingRow withOwnerName(String name) {
        return new GreetingRow(id, occasion, date, years, contactId, contactName, email, customerId, customerName, ownerId,
                name, subject, body, status, skipReason, sentAt, version);
    }

    /** Still to be reviewed and sent. */
    public boolean open() {
        return status == GreetingStatus.PREPARED;
    }
}

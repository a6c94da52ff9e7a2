package org.kehu.support;

import java.time.Instant;
import java.util.List;

/**
 * A message of a ticket's conversation with the customer: written by the customer's contact on the portal
 * ({@link Author#CUSTOMER}) or by staff as a reply to the customer ({@link Author#STAFF}), with its files.
 * {@code authorName} is the contact's or the staff member's name.
 */
public record TicketMessage(long id, Author author, String authorName, String body, Instant createdAt,
        List<TicketFileInfo> files) {

    /** Who wrote a message. */
    public enum Author {
        CUSTOMER, STAFF
    }

    public TicketMessage {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public boolean fromCustomer() {
        return author == Author.CUSTOMER;
    }
}

package org.kehu.customer;

import java.time.Instant;

/**
 * One entry of a contact's consent history.
 *
 * @param changedBy     the staff member who recorded it, null when the contact did it (the unsubscribe link)
 * @param changedByName that user's name, null with {@code changedBy}
 */
public record ConsentChange(long id, long contactId, Instant changedAt, ConsentAction action, ConsentVia via,
        Long changedBy, String changedByName, String note) {
}

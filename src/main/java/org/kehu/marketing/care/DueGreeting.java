package org.kehu.marketing.care;

import java.time.LocalDate;

/**
 * A greeting due on a day: to whom (contact, company, owner), for what occasion, and for an anniversary how many
 * years. Computed, so that it can be answered for any day, past or future.
 *
 * @param years for {@link Occasion#ANNIVERSARY}, the years the company has been a customer; otherwise null
 */
public record DueGreeting(LocalDate date, Occasion occasion, Integer years, long contactId, String contactName,
        String email, long customerId, String customerName, Long ownerId) {
}

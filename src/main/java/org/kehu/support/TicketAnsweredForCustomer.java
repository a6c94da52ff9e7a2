package org.kehu.support;

/**
 * Published when staff reply to the customer on a ticket: the portal tells the contact by e-mail, with a link to
 * the ticket. {@code contactId} is null when the ticket names no contact.
 */
public record TicketAnsweredForCustomer(long ticketId, String ticketNumber, String subject, long customerId,
        Long contactId) {
}

package org.kehu.support;

/**
 * What a customer's contact enters on the portal to open a ticket: the kind ({@link CustomerTickets#PORTAL_TYPES}),
 * subject, description, and optionally a product and an order number the caller has checked to be the customer's.
 */
public record NewCustomerTicket(String typeCode, String subject, String content, Long productId, String orderNumber) {
}

package org.kehu.order;

import java.time.LocalDate;

/**
 * The date of a customer's latest sale: the latest order date among the customer's orders that count as a sale
 * (confirmed, in production, shipped, delivered or completed; not pending, not cancelled).
 */
public record LastSale(long customerId, LocalDate day) {
}

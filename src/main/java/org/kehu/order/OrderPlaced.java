package org.kehu.order;

import java.math.BigDecimal;
import java.time.Instant;

/** Published inside the transaction that creates an order. */
public record OrderPlaced(long orderId, String number, long customerId, BigDecimal total, Instant placedAt) {
}

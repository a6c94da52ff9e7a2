package org.kehu.order;

import java.math.BigDecimal;
import java.time.Instant;

/** Published inside the transaction that completes an order (churn and analytics count it as a purchase). */
public record OrderCompleted(long orderId, long customerId, BigDecimal total, Instant completedAt) {
}

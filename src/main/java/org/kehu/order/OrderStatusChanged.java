package org.kehu.order;

import java.time.Instant;

/** Published inside the transaction of every step of the order flow. */
public record OrderStatusChanged(long orderId, OrderStatus from, OrderStatus to, Instant at) {
}

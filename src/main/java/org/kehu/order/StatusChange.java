package org.kehu.order;

import java.time.Instant;

/** One step of an order's flow: from, to, who and when. */
public record StatusChange(OrderStatus from, OrderStatus to, String actor, Instant at) {
}

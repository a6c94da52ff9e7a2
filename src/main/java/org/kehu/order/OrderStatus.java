package org.kehu.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order flow: pending → confirmed → (in production →) shipped → delivered → completed, and cancelled
 * before shipping. A confirmed order may ship from stock without production.
 */
public enum OrderStatus {
    PENDING, CONFIRMED, IN_PRODUCTION, SHIPPED, DELIVERED, COMPLETED, CANCELLED;

    /** The statuses this one may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(IN_PRODUCTION, SHIPPED, CANCELLED);
            case IN_PRODUCTION -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** Stock is set aside for the order: cancelling must give it back. */
    public boolean holdsReservation() {
        return this == CONFIRMED || this == IN_PRODUCTION;
    }

    /** Neither completed nor cancelled. */
    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }

    /** The statuses of open orders, for the customer's "open" tab. */
    public static Set<OrderStatus> open() {
        return EnumSet.of(PENDING, CONFIRMED, IN_PRODUCTION, SHIPPED, DELIVERED);
    }
}

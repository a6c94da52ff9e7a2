package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTests {

    @Test
    void followsTheFlowFromPendingToCompleted() {
        assertThat(OrderStatus.PENDING.next()).containsExactlyInAnyOrder(OrderStatus.CONFIRMED, OrderStatus.CANCELLED);
        assertThat(OrderStatus.CONFIRMED.canMoveTo(OrderStatus.IN_PRODUCTION)).isTrue();
        assertThat(OrderStatus.IN_PRODUCTION.canMoveTo(OrderStatus.SHIPPED)).isTrue();
        assertThat(OrderStatus.SHIPPED.next()).containsExactly(OrderStatus.DELIVERED);
        assertThat(OrderStatus.DELIVERED.next()).containsExactly(OrderStatus.COMPLETED);
    }

    @Test
    void aConfirmedOrderMayShipFromStockWithoutProduction() {
        assertThat(OrderStatus.CONFIRMED.canMoveTo(OrderStatus.SHIPPED)).isTrue();
    }

    @Test
    void refusesToShipAPendingOrderOrToSkipDelivery() {
        assertThat(OrderStatus.PENDING.canMoveTo(OrderStatus.SHIPPED)).isFalse();
        assertThat(OrderStatus.SHIPPED.canMoveTo(OrderStatus.COMPLETED)).isFalse();
        assertThat(OrderStatus.PENDING.canMoveTo(OrderStatus.COMPLETED)).isFalse();
    }

    @Test
    void cancelsOnlyBeforeShipping() {
        assertThat(OrderStatus.PENDING.canMoveTo(OrderStatus.CANCELLED)).isTrue();
        assertThat(OrderStatus.CONFIRMED.canMoveTo(OrderStatus.CANCELLED)).isTrue();
        assertThat(OrderStatus.IN_PRODUCTION.canMoveTo(OrderStatus.CANCELLED)).isTrue();
        assertThat(OrderStatus.SHIPPED.canMoveTo(OrderStatus.CANCELLED)).isFalse();
        assertThat(OrderStatus.DELIVERED.canMoveTo(OrderStatus.CANCELLED)).isFalse();
    }

    @Test
    void completedAndCancelledOrdersAreFinal() {
        assertThat(OrderStatus.COMPLETED.next()).isEmpty();
        assertThat(OrderStatus.CANCELLED.next()).isEmpty();
        assertThat(OrderStatus.COMPLETED.isOpen()).isFalse();
        assertThat(OrderStatus.SHIPPED.isOpen()).isTrue();
    }

    @Test
    void onlyConfirmedAndInProductionOrdersHoldAReservation() {
        assertThat(OrderStatus.CONFIRMED.holdsReservation()).isTrue();
        assertThat(OrderStatus.IN_PRODUCTION.holdsReservation()).isTrue();
        assertThat(OrderStatus.PENDING.holdsReservation()).isFalse();
        assertThat(OrderStatus.SHIPPED.holdsReservation()).isFalse();
    }
}

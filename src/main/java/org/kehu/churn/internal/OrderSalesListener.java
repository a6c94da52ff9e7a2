package org.kehu.churn.internal;

import java.util.List;

import org.kehu.customer.CustomerDeleted;
import org.kehu.customer.CustomersMerged;
import org.kehu.order.OrderCompleted;
import org.kehu.order.OrderHistoryImported;
import org.kehu.order.OrderManagement;
import org.kehu.order.OrderStatus;
import org.kehu.order.OrderStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes a customer out of the warning when an order makes a sale (confirmed and every step after it), when an
 * order completes, and after an import of order history (every open warning is checked against the orders).
 * A deleted customer's warnings go with it; a merged customer's history moves to the customer it was merged into
 * (its open warning is dropped: the surviving customer's orders and status decide).
 */
@Component
class OrderSalesListener {

    private final Reactivation reactivation;
    private final OrderManagement orders;
    private final JdbcClient jdbc;

    OrderSalesListener(Reactivation reactivation, OrderManagement orders, JdbcClient jdbc) {
        this.reactivation = reactivation;
        this.orders = orders;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        if (event.to() != OrderStatus.PENDING && event.to() != OrderStatus.CANCELLED) {
            orders.customerOf(event.orderId()).ifPresent(customer -> reactivation.reconcile(List.of(customer)));
        }
    }

    @ApplicationModuleListener
    void on(OrderCompleted event) {
        reactivation.reconcile(List.of(event.customerId()));
    }

    @ApplicationModuleListener
    void on(OrderHistoryImported event) {
        reactivation.reconcileAll();
    }

    @ApplicationModuleListener
    void on(CustomerDeleted event) {
        jdbc.sql("delete from churn_warning where customer_id = :id").param("id", event.customerId()).update();
    }

    /** In the merge's transaction, so that the merge is all or nothing. */
    @EventListener
    void on(CustomersMerged event) {
        jdbc.sql("delete from churn_warning where customer_id = :source and state <> 'CLEARED'")
                .param("source", event.sourceId()).update();
        jdbc.sql("update churn_warning set customer_id = :target where customer_id = :source")
                .param("target", event.targetId()).param("source", event.sourceId()).update();
        jdbc.sql("update churn_action set customer_id = :target where customer_id = :source")
                .param("target", event.targetId()).param("source", event.sourceId()).update();
    }
}

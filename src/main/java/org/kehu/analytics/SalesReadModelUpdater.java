package org.kehu.analytics;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.kehu.customer.CustomerDeleted;
import org.kehu.customer.CustomerUpdated;
import org.kehu.customer.CustomersMerged;
import org.kehu.order.OrderHistoryImported;
import org.kehu.order.OrderStatus;
import org.kehu.order.OrderStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the sales read model with the orders. Synchronous, in the transaction that changes the order: a sale and
 * its figures are committed together or not at all, so the reports never drift from the orders.
 */
@Component
class SalesReadModelUpdater {

    private static final Set<OrderStatus> SALES = EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION,
            OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED);

    private final SalesReadModel model;
    private final CustomerAttributeRollup byAttributes;
    private final CustomerRfmSegments rfm;

    SalesReadModelUpdater(SalesReadModel model, CustomerAttributeRollup byAttributes, CustomerRfmSegments rfm) {
        this.model = model;
        this.byAttributes = byAttributes;
        this.rfm = rfm;
    }

    @EventListener
    void on(OrderStatusChanged changed) {
        boolean was = changed.from() != null && SALES.contains(changed.from());
        boolean is = SALES.contains(changed.to());
        if (was != is) {
            model.apply(changed.orderId(), is ? 1 : -1);
        }
    }

    @EventListener
    void on(OrderHistoryImported imported) {
        model.rebuild(imported.firstDay(), imported.lastDay());
    }

    @EventListener
    void on(CustomersMerged merged) {
        model.rebuildCustomers(List.of(merged.sourceId(), merged.targetId()));
    }

    /**
     * A saved profile may have a new province or nature: the customer's sales move to the new bucket, and his RFM row
     * takes the new province.
     */
    @EventListener
    void on(CustomerUpdated updated) {
        byAttributes.refresh(List.of(updated.customerId()));
        rfm.followProvince(updated.customerId());
    }

    @EventListener
    void on(CustomerDeleted deleted) {
        byAttributes.forget(deleted.customerId());
    }
}

package org.kehu.order.internal;

import org.kehu.customer.CustomerDeleted;
import org.kehu.customer.CustomersMerged;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps orders with their customer: a merge moves them to the surviving customer, and a customer who has
 * orders cannot be deleted. Synchronous, inside the customer module's transaction, so both are all or nothing.
 */
@Component
class OrderCustomerListener {

    private final OrderSideTables side;

    OrderCustomerListener(OrderSideTables side) {
        this.side = side;
    }

    @EventListener
    void on(CustomersMerged merged) {
        side.moveCustomer(merged.sourceId(), merged.targetId());
    }

    @EventListener
    void on(CustomerDeleted deleted) {
        if (side.customerHasOrders(deleted.customerId())) {
            throw new RuleViolationException("order.error.customer-has-orders",
                    "The customer has orders and cannot be deleted", deleted.code());
        }
    }
}

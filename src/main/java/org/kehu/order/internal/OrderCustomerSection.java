package org.kehu.order.internal;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The customer page's card of the customer's orders, with tabs all / completed / open. */
@Component
class OrderCustomerSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "order.section.title";
    }

    @Override
    public String url(long customerId) {
        return "/orders/of-customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.ORDER_VIEW);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String id() {
        return "customer-orders";
    }
}

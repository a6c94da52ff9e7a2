package org.kehu.analytics.value;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The customer page's card of the customer's predicted value: P(alive), purchases expected, order value, CLV. */
@Component
class CustomerValueSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "clv.section.title";
    }

    @Override
    public String url(long customerId) {
        return "/analytics/value/of-customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.CUSTOMER_VIEW);
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String id() {
        return "customer-value";
    }
}

package org.kehu.churn.internal;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The customer page's card of the customer's churn state and history. */
@Component
class ChurnCustomerSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "churn.section.title";
    }

    @Override
    public String url(long customerId) {
        return "/churn/of-customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.CHURN_VIEW);
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String id() {
        return "customer-churn";
    }
}

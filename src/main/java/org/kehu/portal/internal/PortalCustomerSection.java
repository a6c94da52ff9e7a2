package org.kehu.portal.internal;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The customer page's card of the contacts' portal accounts, where they are invited. */
@Component
class PortalCustomerSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "portal.section.title";
    }

    @Override
    public String url(long customerId) {
        return "/portal-accounts/of-customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.CUSTOMER_VIEW);
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String id() {
        return "customer-portal-accounts";
    }
}

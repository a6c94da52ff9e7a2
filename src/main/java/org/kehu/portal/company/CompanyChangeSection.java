package org.kehu.portal.company;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The customer page's card of the company changes its contacts asked for on the portal, to accept or reject. */
@Component
class CompanyChangeSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "portal.company.section.title";
    }

    @Override
    public String url(long customerId) {
        return "/company-changes/of-customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.CUSTOMER_VIEW);
    }

    @Override
    public int order() {
        return 91;
    }

    @Override
    public String id() {
        return "customer-company-changes";
    }
}

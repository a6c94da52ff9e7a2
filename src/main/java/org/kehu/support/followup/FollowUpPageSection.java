package org.kehu.support.followup;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The card of follow-up visits on the customer page, with a button to plan one. */
@Component
class FollowUpPageSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "followup.card.title";
    }

    @Override
    public String url(long customerId) {
        return "/follow-ups/customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.TICKET_VIEW);
    }

    @Override
    public int order() {
        return 70;
    }
}

package org.kehu.rating;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The card of the customer's current loyalty and credit levels and their rating history on the customer page. */
@Component
class RatingPageSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "rating.card.title";
    }

    @Override
    public String url(long customerId) {
        return "/ratings/customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.RATING_VIEW);
    }

    @Override
    public int order() {
        return 60;
    }
}

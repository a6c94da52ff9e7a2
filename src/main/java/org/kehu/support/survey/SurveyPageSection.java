package org.kehu.support.survey;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The card of the customer's survey invitations and answers on the customer page. */
@Component
class SurveyPageSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "survey.card.title";
    }

    @Override
    public String url(long customerId) {
        return "/surveys/customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.SURVEY_VIEW);
    }

    @Override
    public int order() {
        return 80;
    }
}

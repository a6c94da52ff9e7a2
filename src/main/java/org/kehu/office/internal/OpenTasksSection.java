package org.kehu.office.internal;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The "open tasks" card on the customer page, with a button to add one. */
@Component
class OpenTasksSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "office.section.open-tasks";
    }

    @Override
    public String url(long customerId) {
        return "/tasks/customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.TASK_VIEW);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String id() {
        return "customer-open-tasks";
    }
}

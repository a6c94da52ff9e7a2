package org.kehu.chat;

import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.stereotype.Component;

/** The customer page's card of the customer's live Q&A conversations, each linking to its transcript. */
@Component
class ChatCustomerSection implements CustomerPageSection {

    @Override
    public String titleKey() {
        return "chat.section.title";
    }

    @Override
    public String url(long customerId) {
        return "/chat/of-customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.CUSTOMER_VIEW);
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String id() {
        return "customer-chats";
    }
}

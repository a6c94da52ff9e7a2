package org.kehu.office.mail;

import java.util.List;

import org.kehu.customer.CustomerTimelineSource;
import org.kehu.customer.TimelineEntry;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * E-mail written to a customer's contacts on the customer's timeline: who wrote it, to whom and its subject, linked
 * to the mail. The customer module has checked that the reader may see the customer, and such a reader may read
 * the mail.
 */
@Component
class MailTimeline implements CustomerTimelineSource {

    private static final int LIMIT = 200;

    private final OfficeMailStore store;
    private final UserDirectory users;
    private final Messages messages;

    MailTimeline(OfficeMailStore store, UserDirectory users, Messages messages) {
        this.store = store;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> timelineOf(long customerId) {
        List<OfficeMailStore.ToCustomer> mails = store.toCustomer(customerId, LIMIT);
        var names = users.names(mails.stream().map(OfficeMailStore.ToCustomer::senderId).distinct().toList());
        return mails.stream().map(m -> TimelineEntry.of(m.sentAt(), TimelineEntry.Kind.MAIL, names.get(m.senderId()),
                messages.text("office.mail.timeline", m.contactName(), m.subject()), "/mails/" + m.mailId())).toList();
    }
}

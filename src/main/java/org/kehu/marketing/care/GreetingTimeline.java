package org.kehu.marketing.care;

import java.time.ZoneId;
import java.util.List;

import org.kehu.customer.CustomerTimelineSource;
import org.kehu.customer.TimelineEntry;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The greetings sent to a customer's contacts on its timeline, at the time they were sent. The customer module has
 * checked that the reader may see the customer; greetings are no secret among those who may.
 */
@Component
class GreetingTimeline implements CustomerTimelineSource {

    private static final int LIMIT = 100;

    private final GreetingStore store;
    private final Messages messages;

    GreetingTimeline(GreetingStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> timelineOf(long customerId) {
        return store.sentTo(customerId, LIMIT).stream()
                .map(g -> TimelineEntry.of(g.sentAt() != null ? g.sentAt() : g.date().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                        TimelineEntry.Kind.GREETING, null,
                        messages.text("care.timeline.summary", messages.text("care.occasion." + g.occasion()),
                                g.contactName(), g.subject()),
                        "/care?greeting=" + g.id()))
                .toList();
    }
}

package org.kehu.support.followup;

import java.time.LocalTime;
import java.util.List;

import org.kehu.customer.CustomerTimelineSource;
import org.kehu.customer.TimelineEntry;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Component;

/** Puts follow-up visits on the customer's timeline: done ones when they were made, open ones on their day. */
@Component
class FollowUpTimeline implements CustomerTimelineSource {

    private final FollowUpQueries queries;
    private final UserDirectory users;
    private final Messages messages;

    FollowUpTimeline(FollowUpQueries queries, UserDirectory users, Messages messages) {
        this.queries = queries;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> timelineOf(long customerId) {
        if (users.currentUser().map(u -> !u.can(Permission.TICKET_VIEW)).orElse(true)) {
            return List.of();
        }
        return queries.ofCustomer(customerId).stream().map(f -> {
            String method = messages.text("followup.method." + f.method());
            String summary = f.done()
                    ? messages.text("followup.timeline.done", method, f.result())
                    : messages.text("followup.timeline.planned", method, f.plannedOn().toString());
            var at = f.done() ? f.doneAt() : f.plannedOn().atTime(LocalTime.of(9, 0)).atZone(BusinessTime.ZONE).toInstant();
            return TimelineEntry.of(at, TimelineEntry.Kind.TICKET, f.done() ? f.doneByName() : f.assigneeName(), summary,
                    "/follow-ups/" + f.id());
        }).toList();
    }
}

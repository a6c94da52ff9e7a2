package org.kehu.sales.internal;

import java.util.List;

import org.kehu.customer.CustomerTimelineSource;
import org.kehu.customer.TimelineEntry;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Component;

/** Puts the opportunities a customer was won from on its timeline, for users who may see opportunities. */
@Component
class OpportunityTimeline implements CustomerTimelineSource {

    private final OpportunityQueries queries;
    private final UserDirectory users;
    private final Dictionary dictionary;
    private final Messages messages;

    OpportunityTimeline(OpportunityQueries queries, UserDirectory users, Dictionary dictionary, Messages messages) {
        this.queries = queries;
        this.users = users;
        this.dictionary = dictionary;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> timelineOf(long customerId) {
        if (users.currentUser().map(u -> !u.can(Permission.OPPORTUNITY_VIEW)).orElse(true)) {
            return List.of();
        }
        return queries.ofCustomerInScope(customerId).stream()
                .map(o -> TimelineEntry.of(o.createdAt(), TimelineEntry.Kind.OPPORTUNITY, o.ownerName(),
                        messages.text("sales.timeline.summary", o.prospectName(),
                                messages.text("sales.status." + o.status()),
                                dictionary.label(DictionaryType.OPPORTUNITY_STAGE, o.stageCode()), o.summary()),
                        "/opportunities/" + o.id()))
                .toList();
    }
}

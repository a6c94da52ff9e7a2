package org.kehu.customer;

import java.time.Instant;
import java.util.List;

/**
 * One event on a customer's timeline: an interaction, a change of owner, a change of the profile (with the
 * fields that changed), or a record of another module (an order, an opportunity, a task, a ticket) with a
 * link to its page. Newest first.
 */
public record TimelineEntry(Instant at, Kind kind, String actor, String summary, InteractionDetails interaction,
        OwnershipPeriod ownership, List<FieldChange> changes, String link) {

    public enum Kind {
        INTERACTION, OWNERSHIP, CREATED, CHANGED, OPPORTUNITY, ORDER, TASK, TICKET, CHAT, GREETING,
        /** an e-mail a staff member wrote to one of the customer's contacts */
        MAIL
    }

    public TimelineEntry(Instant at, Kind kind, String actor, String summary, InteractionDetails interaction,
            OwnershipPeriod ownership, List<FieldChange> changes) {
        this(at, kind, actor, summary, interaction, ownership, changes, null);
    }

    /**
     * An entry another module contributes: when, what kind, who, a one-line summary as the reader should
     * see it (already in their language), and the page of the record.
     */
    public static TimelineEntry of(Instant at, Kind kind, String actor, String summary, String link) {
        return new TimelineEntry(at, kind, actor, summary, null, null, List.of(), link);
    }

    /**
     * A field of the profile with its value before and after, as a person reads them (labels and names, not
     * codes and ids); {@code field} names the label {@code customer.field.<field>}.
     */
    public record FieldChange(String field, Object before, Object after) {
    }
}

package org.kehu.customer;

import java.time.Instant;
import java.util.List;

/**
 * One event on a customer's timeline: an interaction, a change of owner, or a change of the profile
 * (with the fields that changed). Newest first.
 */
public record TimelineEntry(Instant at, Kind kind, String actor, String summary, InteractionDetails interaction,
        OwnershipPeriod ownership, List<FieldChange> changes) {

    public enum Kind {
        INTERACTION, OWNERSHIP, CREATED, CHANGED
    }

    /**
     * A field of the profile with its value before and after, as a person reads them (labels and names, not
     * codes and ids); {@code field} names the label {@code customer.field.<field>}.
     */
    public record FieldChange(String field, Object before, Object after) {
    }
}

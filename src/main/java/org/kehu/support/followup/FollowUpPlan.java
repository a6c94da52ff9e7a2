package org.kehu.support.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * Follow-up visits to plan by hand: one for each chosen customer, on one day, by one person (or nobody
 * yet). {@code contactId} only when a single customer is chosen.
 */
public record FollowUpPlan(List<Long> customerIds, Long contactId, LocalDate plannedOn, Long assigneeId,
        FollowUpMethod method, String note) {
}

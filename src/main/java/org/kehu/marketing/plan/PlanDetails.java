package org.kehu.marketing.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A marketing plan with its approval: who decided, when, and why when rejected. */
public record PlanDetails(long id, String name, String goal, Long segmentId, String segmentName, List<String> channels,
        BigDecimal budget, LocalDate periodStart, LocalDate periodEnd, PlanStatus status, String decidedByName,
        Instant decidedAt, String decisionReason, String createdByName, Instant updatedAt, long version) {
}

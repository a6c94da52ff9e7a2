package org.kehu.marketing.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.kehu.shared.web.RefuseUnknownFields;

/** A marketing plan as written: goal, target segment, channels, budget and period; {@code version} when changing. */
@RefuseUnknownFields
public record PlanInput(String name, String goal, Long segmentId, List<String> channels, BigDecimal budget,
        LocalDate periodStart, LocalDate periodEnd, Long version) {

    public PlanInput {
        name = name == null ? null : name.strip();
        goal = goal == null ? null : goal.strip();
        channels = channels == null ? List.of() : channels.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
    }
}

package org.kehu.sales.api;

import java.time.Instant;
import java.time.LocalDate;

import org.kehu.sales.internal.PlanStep;

/** A step of the development plan with its result, once recorded. */
record PlanStepResource(long id, LocalDate plannedOn, String item, String result, Instant resultAt, Long resultBy,
        long createdBy, Instant createdAt) {

    static PlanStepResource of(PlanStep s) {
        return new PlanStepResource(s.getId(), s.getPlannedOn(), s.getItem(), s.getResult(), s.getResultAt(),
                s.getResultBy(), s.getCreatedBy(), s.getCreatedAt());
    }
}

package org.kehu.analytics.targets;

import java.math.BigDecimal;
import java.util.List;

import org.kehu.shared.web.RefuseUnknownFields;

/**
 * A change of sales targets: for each person, the version read and the months to set ({@code amount} null clears a
 * month; months not listed keep their target).
 */
@RefuseUnknownFields
public record TargetInput(Integer year, List<PersonTargets> targets) {

    /** One person's months of the year. */
    @RefuseUnknownFields
    public record PersonTargets(Long userId, Long version, List<MonthTarget> months) {
    }

    /** A month 1–12 and its target in yuan. */
    @RefuseUnknownFields
    public record MonthTarget(Integer month, BigDecimal amount) {
    }
}

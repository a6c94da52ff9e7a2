package org.kehu.analytics.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.kehu.identity.OwnerScope;

/**
 * A report's filters once checked, with the reader's data scope: the period (both days included), the owners
 * the department and owner filters leave (null: no such filter), the customer's province and grade, the
 * product category, and the dimension chosen where a report offers several.
 *
 * @param owners the users whose records count after the department and owner filters, or null when neither
 *               is given; the reader's {@code scope} applies in any case
 */
public record ReportFilter(LocalDate from, LocalDate to, Long department, Long owner, List<Long> owners,
        String region, String grade, Long category, String dimension, OwnerScope scope) {

    /** The number of months the period touches, at least one: what a per-month figure divides by. */
    public long months() {
        return ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
    }

    /** The first day after the period, for half-open SQL ranges. */
    public LocalDate end() {
        return to.plusDays(1);
    }

    /** The same filter with another dimension. */
    public ReportFilter withDimension(String other) {
        return new ReportFilter(from, to, department, owner, owners, region, grade, category, other, scope);
    }
}

package org.kehu.analytics.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A year of sales targets against revenue: a row per person, the totals of each department among them and the
 * grand total. {@code completion} is revenue / target (1 = 100 %), null where no target is set.
 */
public record TargetSheet(int year, List<PersonRow> people, List<TotalRow> departments, TotalRow total) {

    /** One month (1–12), or the year when {@code month} is null: the target (null when none), revenue, completion. */
    public record Cell(Integer month, BigDecimal target, BigDecimal actual, BigDecimal completion) {

        static Cell of(Integer month, BigDecimal target, BigDecimal actual) {
            BigDecimal revenue = actual == null ? BigDecimal.ZERO : actual;
            return new Cell(month, target, revenue, completion(target, revenue));
        }

        /** The completion as the page shows it, {@code 93.1%}; empty without a target. */
        public String completionText() {
            return completion == null ? "" : org.kehu.shared.Formats.decimal(completion.movePointRight(2), 1) + "%";
        }

        /** Whether the revenue reached the target. */
        public boolean reached() {
            return completion != null && completion.compareTo(BigDecimal.ONE) >= 0;
        }

        /** Revenue / target to four decimals; null when there is no target or it is zero. */
        public static BigDecimal completion(BigDecimal target, BigDecimal actual) {
            return target == null || target.signum() == 0 ? null
                    : (actual == null ? BigDecimal.ZERO : actual).divide(target, 4, RoundingMode.HALF_UP);
        }
    }

    /** A person's year; {@code version} is what a change of the row must quote (0: no targets yet). */
    public record PersonRow(long userId, String name, Long departmentId, String departmentName, long version,
            List<Cell> months, Cell year) {
    }

    /** The sum of several people's rows: a department's ({@code departmentId} set) or all shown. */
    public record TotalRow(Long departmentId, String name, List<Cell> months, Cell year) {
    }
}

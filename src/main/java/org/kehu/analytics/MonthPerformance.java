package org.kehu.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

import org.kehu.shared.Formats;

/**
 * One month's revenue (net of returns) against its target (null when none is set) and against the same month a year
 * before, for a person, a team or the company.
 */
public record MonthPerformance(YearMonth month, BigDecimal target, BigDecimal revenue, BigDecimal sameMonthLastYear) {

    /** Revenue / target to four decimals (1 = 100 %); null without a target. */
    public BigDecimal completion() {
        return target == null || target.signum() == 0 ? null : revenue.divide(target, 4, RoundingMode.HALF_UP);
    }

    /** {@code 93.1%}, or empty without a target. */
    public String completionText() {
        BigDecimal c = completion();
        return c == null ? "" : Formats.decimal(c.movePointRight(2), 1) + "%";
    }

    /** The change against the same month last year, {@code +12.5%}; empty when last year had no revenue. */
    public String changeText() {
        if (sameMonthLastYear == null || sameMonthLastYear.signum() <= 0) {
            return "";
        }
        BigDecimal change = revenue.subtract(sameMonthLastYear).divide(sameMonthLastYear, 4, RoundingMode.HALF_UP);
        return (change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "") + Formats.decimal(change.abs().movePointRight(2), 1) + "%";
    }
}

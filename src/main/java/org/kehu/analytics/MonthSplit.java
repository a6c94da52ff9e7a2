package org.kehu.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.kehu.shared.BusinessTime;

/**
 * A period from {@code from} to {@code end} (excluded) as a monthly rollup and a daily one answer it: the whole months
 * {@code monthFrom} to {@code monthEnd} (first days, excluded) from the months, plus or minus two ranges of days from
 * the days ({@code low} at the start, {@code high} at the end, each {@code [from, to)} with a sign of 1 or -1).
 *
 * <p>A month the period cuts is read either as its days inside the period (added) or as the whole month less its days
 * outside the period (subtracted), whichever has fewer days up to today: days after today normally hold nothing. So
 * the usual twelve months to today read one edge month's first days and no day of the current month (its days after
 * today, subtracted, are none), instead of a month of day rows. Either way the sums are the same; a group whose days
 * cancel within a month may come back with a zero where it was absent. Within a single month every day is read. One
 * rule for every rollup read this way.
 */
record MonthSplit(LocalDate monthFrom, LocalDate monthEnd, LocalDate lowFrom, LocalDate lowTo, int lowSign,
        LocalDate highFrom, LocalDate highTo, int highSign) {

    static MonthSplit of(LocalDate from, LocalDate end) {
        return of(from, end, LocalDate.now(BusinessTime.ZONE));
    }

    static MonthSplit of(LocalDate from, LocalDate end, LocalDate today) {
        if (!from.withDayOfMonth(1).isBefore(end.minusDays(1).withDayOfMonth(1))) {
            // Within one month (or empty): every day, no month.
            return new MonthSplit(end, end, from, end, 1, end, end, 1);
        }
        Edge low = Edge.at(from, true, today);
        Edge high = Edge.at(end, false, today);
        return new MonthSplit(low.monthBound(), high.monthBound(), low.dayFrom(), low.dayTo(), low.sign(), high.dayFrom(),
                high.dayTo(), high.sign());
    }

    /**
     * How the month of a period's first day or end is read: the bound of the whole months, and the days added (sign 1)
     * or subtracted (-1). A bound on a month's first day cuts nothing: no days.
     */
    private record Edge(LocalDate monthBound, LocalDate dayFrom, LocalDate dayTo, int sign) {

        /** The month of {@code cut}; the period lies after it ({@code from}) or before it ({@code end}). */
        static Edge at(LocalDate cut, boolean periodAfter, LocalDate today) {
            LocalDate start = cut.withDayOfMonth(1);
            if (cut.equals(start)) {
                return new Edge(cut, cut, cut, 1);
            }
            LocalDate next = start.plusMonths(1);
            LocalDate inFrom = periodAfter ? cut : start;
            LocalDate inTo = periodAfter ? next : cut;
            LocalDate outFrom = periodAfter ? start : cut;
            LocalDate outTo = periodAfter ? cut : next;
            if (daysUpTo(outFrom, outTo, today) < daysUpTo(inFrom, inTo, today)) {
                return new Edge(periodAfter ? start : next, outFrom, outTo, -1);
            }
            return new Edge(periodAfter ? next : start, inFrom, inTo, 1);
        }
    }

    /** The days of [from, to) that are not after today: what reading them costs. */
    private static long daysUpTo(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate cap = to.isAfter(today.plusDays(1)) ? today.plusDays(1) : to;
        return Math.max(0, ChronoUnit.DAYS.between(from, cap));
    }

    /**
     * Puts the split into {@code params} as {@code <prefix>MonthFrom, <prefix>MonthEnd}, {@code <prefix>LowFrom,
     * <prefix>LowTo, <prefix>LowSign} and {@code <prefix>HighFrom, <prefix>HighTo, <prefix>HighSign}.
     */
    void bind(String prefix, Map<String, Object> params) {
        params.put(prefix + "MonthFrom", monthFrom);
        params.put(prefix + "MonthEnd", monthEnd);
        params.put(prefix + "LowFrom", lowFrom);
        params.put(prefix + "LowTo", lowTo);
        params.put(prefix + "LowSign", lowSign);
        params.put(prefix + "HighFrom", highFrom);
        params.put(prefix + "HighTo", highTo);
        params.put(prefix + "HighSign", highSign);
    }

    /**
     * The months and the two day ranges as one {@code union all} of three selects: {@code months} and {@code days}
     * are select lists ending in their source table (and joins), {@code month} and {@code day} the columns compared;
     * {@code $sign} in the day list stands for the range's sign parameter.
     */
    static String union(String prefix, String months, String month, String days, String day) {
        return months + "\n  where " + month + " >= :" + prefix + "MonthFrom and " + month + " < :" + prefix + "MonthEnd"
                + "\n union all\n" + days.replace("$sign", ":" + prefix + "LowSign")
                + "\n  where " + day + " >= :" + prefix + "LowFrom and " + day + " < :" + prefix + "LowTo"
                + "\n union all\n" + days.replace("$sign", ":" + prefix + "HighSign")
                + "\n  where " + day + " >= :" + prefix + "HighFrom and " + day + " < :" + prefix + "HighTo";
    }
}

package org.kehu.analytics;

import java.time.LocalDate;
import java.util.Map;

/**
 * A period from {@code from} to {@code end} (excluded) cut into the whole months a monthly rollup answers
 * ({@code monthFrom} to {@code monthEnd}, first days, excluded) and the days at its edges that the daily rows answer
 * ({@code from} to {@code monthFrom}, {@code monthEnd} to {@code end}). Without a whole month, every day is an edge
 * day: the months collapse to the empty range at {@code end}. One rule for every rollup that is read this way.
 */
record MonthSplit(LocalDate from, LocalDate monthFrom, LocalDate monthEnd, LocalDate end) {

    static MonthSplit of(LocalDate from, LocalDate end) {
        LocalDate monthFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthEnd = end.withDayOfMonth(1);
        if (!monthFrom.isBefore(monthEnd)) {
            return new MonthSplit(from, end, end, end);
        }
        return new MonthSplit(from, monthFrom, monthEnd, end);
    }

    /** Puts the four days into {@code params} as {@code <prefix>From, <prefix>MonthFrom, <prefix>MonthEnd, <prefix>End}. */
    void bind(String prefix, Map<String, Object> params) {
        params.put(prefix + "From", from);
        params.put(prefix + "MonthFrom", monthFrom);
        params.put(prefix + "MonthEnd", monthEnd);
        params.put(prefix + "End", end);
    }
}

package org.kehu.analytics;

import java.time.LocalDate;
import java.util.Map;

/**
 * Net sales of a period without the customer, from the monthly rollup ({@code analytics_sales_month}) for the whole
 * months in it and from the daily one ({@code analytics_sales_owner_day}, kept from the day rows by V489's triggers)
 * for the days at its edges that cut a month (added, or subtracted from the whole month: see {@link MonthSplit}): a
 * derived table with the columns {@code month} (first day), {@code owner_id}, {@code department_id},
 * {@code category_id}, {@code amount}, {@code quantity}. The figures are those of the day rows, whichever path holds
 * them ({@link SalesReadModel} keeps both in the same transactions); a year reads about twelve thousand rows instead
 * of millions.
 */
public final class MonthlySales {

    private MonthlySales() {
    }

    /**
     * The period from {@code from} to {@code end} (excluded) as a parenthesised derived table, to be given an alias;
     * its parameters (those of {@link MonthSplit#bind} with the prefix {@code ms}) go into {@code params}.
     */
    public static String between(LocalDate from, LocalDate end, Map<String, Object> params) {
        MonthSplit.of(from, end).bind("ms", params);
        return "(" + MonthSplit.union("ms",
                "select month, owner_id, department_id, category_id, amount, quantity from analytics_sales_month", "month",
                "select date_trunc('month', day)::date, owner_id, department_id, category_id, amount * $sign, quantity * $sign"
                        + " from analytics_sales_owner_day", "day") + ")";
    }
}

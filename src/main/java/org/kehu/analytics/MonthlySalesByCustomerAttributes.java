package org.kehu.analytics;

import java.time.LocalDate;
import java.util.Map;

/**
 * Net sales of a period by the customer's province and nature, without joining each day row to its customer: the
 * whole months from the rollup {@code analytics_sales_month_attr}, the days at the period's edges that cut a month
 * (added, or subtracted from the whole month: see {@link MonthSplit}) from the same sums per day
 * ({@code analytics_sales_day_attr}, V492), without joining the day rows to the attribute snapshot. A derived table
 * with the columns {@code month} (first day), {@code owner_id}, {@code category_id}, {@code province_code},
 * {@code nature_code} (null for none) and {@code amount}.
 *
 * <p>The figures are those of the day rows joined to the customer as it is now: {@link SalesReadModel} keeps the
 * rollup and the snapshot in the same transactions as the day rows, and moves a customer's sums when the province
 * or nature changes (see {@code CustomerAttributeRollup}). What the rollup does not hold (the customer's grade)
 * still needs the day rows joined to the customer.
 */
public final class MonthlySalesByCustomerAttributes {

    private MonthlySalesByCustomerAttributes() {
    }

    /**
     * The period from {@code from} to {@code end} (excluded) as a parenthesised derived table, to be given an alias;
     * its parameters (those of {@link MonthSplit#bind} with the prefix {@code ma}) go into {@code params}.
     */
    public static String between(LocalDate from, LocalDate end, Map<String, Object> params) {
        MonthSplit.of(from, end).bind("ma", params);
        return "(" + MonthSplit.union("ma", "select month, owner_id, category_id, nullif(province_code, '') as province_code,"
                + " nullif(nature_code, '') as nature_code, amount from analytics_sales_month_attr", "month",
                "select date_trunc('month', day)::date, owner_id, category_id, nullif(province_code, ''),"
                        + " nullif(nature_code, ''), amount * $sign from analytics_sales_day_attr", "day") + ")";
    }
}

package org.kehu.analytics;

import java.time.LocalDate;
import java.util.Map;

/**
 * The customers created and the sale orders of a period per owner, from the counts that triggers keep in the same
 * transaction as the customers and orders (V482): whole months from {@code analytics_owner_month}, the days at the
 * period's edges that cut a month from {@code analytics_owner_day} (added, or subtracted from the whole month: see
 * {@link MonthSplit}). A derived table with the columns
 * {@code owner_id}, {@code new_customers} (customers with an owner, under their current owner, by the business day
 * of their creation) and {@code sale_orders} (orders confirmed or later and not cancelled, by order date); an owner
 * may appear with zeros where his counts went back to nothing. A year reads twelve month rows and at most two
 * months of day rows per owner, instead of every customer and order of the period.
 */
public final class OwnerCounts {

    private OwnerCounts() {
    }

    /**
     * The period from {@code from} to {@code end} (excluded) as a parenthesised derived table, to be given an alias;
     * its parameters (those of {@link MonthSplit#bind} with the prefix {@code oc}) go into {@code params}.
     */
    public static String between(LocalDate from, LocalDate end, Map<String, Object> params) {
        MonthSplit.of(from, end).bind("oc", params);
        return "(" + MonthSplit.union("oc", "select owner_id, new_customers, sale_orders from analytics_owner_month", "month",
                "select owner_id, new_customers * $sign, sale_orders * $sign from analytics_owner_day", "day") + ")";
    }
}

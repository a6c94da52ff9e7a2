package org.kehu.analytics.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kehu.analytics.MonthlySales;
import org.kehu.analytics.OwnerCounts;
import org.kehu.shared.BusinessTime;

/**
 * The statements of {@link StatisticsReport} for one period: what it runs ({@link #of}: the owner counts kept by
 * triggers, the monthly sales rollup, the resolved tickets through their index) and, for the benchmark's comparison,
 * what it ran before the owner counts ({@link #baseTables}: every customer and order of the period).
 */
final class StatisticsSql {

    private static final String SALE = "('CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED')";

    private StatisticsSql() {
    }

    /**
     * Three statements over the period {@code from} to {@code to} (both included), each answering the owner (or
     * handler) first: new customers and sale orders, net revenue, and tickets resolved with their count of ratings
     * and the ratings' sum; within the reader's scope and the owner filters of {@code f}.
     */
    static List<String> of(ReportFilter f, LocalDate from, LocalDate to, Map<String, Object> params) {
        LocalDate end = to.plusDays(1);
        timestamps(from, end, params);
        String counts = OwnerCounts.between(from, end, params);
        String months = MonthlySales.between(from, end, params);
        return List.of("select s.owner_id, sum(s.new_customers)::bigint, sum(s.sale_orders)::bigint from " + counts
                        + " s where true" + persons(f, "s.owner_id", params)
                        + " group by s.owner_id having sum(s.new_customers) <> 0 or sum(s.sale_orders) <> 0",
                "select s.owner_id, sum(s.amount) from " + months + " s where true"
                        + persons(f, "s.owner_id", params) + " group by s.owner_id",
                "select t.assignee_id, count(*), count(t.satisfaction), coalesce(sum(t.satisfaction), 0) from ticket t"
                        + " where t.resolved_at >= :fromTs and t.resolved_at < :endTs" + persons(f, "t.assignee_id", params)
                        + " group by t.assignee_id");
    }

    /**
     * The four statements the report ran before the owner counts, for a reader who sees everyone: new customers
     * from {@code customer}, sale orders from {@code sales_order}, revenue and tickets as in {@link #of}.
     */
    static List<String> baseTables(LocalDate from, LocalDate end, Map<String, Object> params) {
        timestamps(from, end, params);
        params.put("from", from);
        params.put("end", end);
        String months = MonthlySales.between(from, end, params);
        return List.of("select c.owner_id, count(*) from customer c where c.created_at >= :fromTs and c.created_at < :endTs"
                        + " and c.owner_id is not null group by c.owner_id",
                "select o.owner_id, count(*) from sales_order o where o.status in " + SALE
                        + " and o.order_date >= :from and o.order_date < :end and o.owner_id is not null group by o.owner_id",
                "select s.owner_id, sum(s.amount) from " + months + " s where s.owner_id is not null group by s.owner_id",
                "select t.assignee_id, count(*), count(t.satisfaction), coalesce(sum(t.satisfaction), 0) from ticket t"
                        + " where t.resolved_at >= :fromTs and t.resolved_at < :endTs and t.assignee_id is not null"
                        + " group by t.assignee_id");
    }

    /** The period's first and excluded last instant in business time, as {@code :fromTs} and {@code :endTs}. */
    private static void timestamps(LocalDate from, LocalDate end, Map<String, Object> params) {
        params.put("fromTs", Timestamp.from(from.atStartOfDay(BusinessTime.ZONE).toInstant()));
        params.put("endTs", Timestamp.from(end.atStartOfDay(BusinessTime.ZONE).toInstant()));
    }

    /** The persons the reader may see and chose, as conditions on {@code column}. */
    private static String persons(ReportFilter f, String column, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" and " + column + " is not null");
        if (!f.scope().all()) {
            w.append(" and ").append(column).append(" = any(:scope)");
            params.put("scope", f.scope().ownerIdArray());
        }
        if (f.owners() != null) {
            w.append(" and ").append(column).append(" = any(:owners)");
            params.put("owners", f.owners().toArray(Long[]::new));
        }
        return w.toString();
    }
}

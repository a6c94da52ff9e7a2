package org.kehu.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.kehu.shared.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Net revenue and orders per customer over the last twelve months to today ({@code analytics_customer_trailing}), the
 * reports' default period: ranking a million customers then reads one row per buying customer through an index on
 * the revenue, instead of summing their days. Kept by {@link SalesReadModel} in the transactions that change the days;
 * the window moves on each night ({@link TrailingWindowMover}) by taking away the day that left it and adding the day
 * that came in. A reader uses it only when its period is exactly the window ({@link #covers}); any other period, or a
 * window not yet moved on, reads the days, with the same figures.
 *
 * <p>Writers take the window row in share mode, the mover in update mode, so an order confirmed at midnight is counted
 * in the window it was added under and the mover then sees its day.
 */
@Component
public class TrailingTotals {

    /** The days that may be added or taken away one by one when the window moves; a longer gap rebuilds it. */
    private static final long MOVE_BY_DAYS_AT_MOST = 62;

    private final JdbcClient jdbc;

    TrailingTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Today in the company's time zone, the last day of the window once moved on (as the report filters take it). */
    static LocalDate today() {
        return LocalDate.now(BusinessTime.ZONE);
    }

    /** The first day of the twelve months that end on {@code last}, as the report filters count them. */
    public static LocalDate firstDayEndingOn(LocalDate last) {
        return last.minusYears(1).plusDays(1);
    }

    /** Whether the totals are exactly those of the period from {@code from} to {@code to}, both included. */
    public boolean covers(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from analytics_trailing_window where first_day = :from and last_day = :to")
                .param("from", from).param("to", to).query(Long.class).single() > 0;
    }

    /** Adds ({@code sign} 1) or takes away (−1) one order, if its day is in the window. */
    void apply(long orderId, int sign) {
        Map<String, Object> window = lockWindow(false);
        jdbc.sql("""
                insert into analytics_customer_trailing as t(customer_id, amount, order_count)
                select o.customer_id, :sign * sum(l.amount), :sign * count(distinct o.id)
                  from sales_order o join sales_order_line l on l.order_id = o.id
                 where o.id = :order and o.order_date between :first and :last
                 group by o.customer_id
                on conflict (customer_id) do update
                set amount = t.amount + excluded.amount, order_count = t.order_count + excluded.order_count
                """).param("order", orderId).param("sign", sign).param("first", window.get("first_day"))
                .param("last", window.get("last_day")).update();
        jdbc.sql("""
                delete from analytics_customer_trailing
                 where customer_id = (select customer_id from sales_order where id = :order) and order_count <= 0""")
                .param("order", orderId).update();
    }

    /** After the days of a span were rebuilt: rebuilds the totals if the span reaches into the window. */
    void rebuildIfOverlapping(LocalDate from, LocalDate to) {
        Map<String, Object> window = lockWindow(true);
        LocalDate first = (LocalDate) window.get("first_day");
        LocalDate last = (LocalDate) window.get("last_day");
        if (!to.isBefore(first) && !from.isAfter(last)) {
            fill(first, last);
        }
    }

    /** After a merge: the totals of these customers again from their days. */
    void rebuildCustomers(List<Long> customerIds) {
        Map<String, Object> window = lockWindow(true);
        jdbc.sql("delete from analytics_customer_trailing where customer_id in (:ids)").param("ids", customerIds).update();
        jdbc.sql("""
                insert into analytics_customer_trailing(customer_id, amount, order_count)
                select customer_id, sum(amount), sum(order_count) from analytics_purchase_day
                 where customer_id in (:ids) and day between :first and :last group by customer_id""")
                .param("ids", customerIds).param("first", window.get("first_day")).param("last", window.get("last_day"))
                .update();
    }

    /** The window ending on {@code last}, built from the days. */
    void rebuild(LocalDate last) {
        lockWindow(true);
        setWindow(firstDayEndingOn(last), last);
        fill(firstDayEndingOn(last), last);
    }

    /**
     * Moves the window on to end on {@code last}: the days that left it are taken away, the days that came in added;
     * after a long gap (or backwards) it is rebuilt. Answers whether anything changed.
     */
    @Transactional
    public boolean moveTo(LocalDate last) {
        Map<String, Object> window = lockWindow(true);
        LocalDate oldFirst = (LocalDate) window.get("first_day");
        LocalDate oldLast = (LocalDate) window.get("last_day");
        LocalDate first = firstDayEndingOn(last);
        if (oldFirst.equals(first) && oldLast.equals(last)) {
            return false;
        }
        if (last.isBefore(oldLast) || first.isBefore(oldFirst) || ChronoUnit.DAYS.between(oldLast, last) > MOVE_BY_DAYS_AT_MOST) {
            setWindow(first, last);
            fill(first, last);
            return true;
        }
        add(oldFirst, first, -1);
        add(oldLast.plusDays(1), last.plusDays(1), 1);
        jdbc.sql("delete from analytics_customer_trailing where order_count <= 0").update();
        setWindow(first, last);
        return true;
    }

    /** Adds ({@code sign} 1) or takes away (−1) the purchase days from {@code from} to {@code end}, excluded. */
    private void add(LocalDate from, LocalDate end, int sign) {
        if (!from.isBefore(end)) {
            return;
        }
        jdbc.sql("""
                insert into analytics_customer_trailing as t(customer_id, amount, order_count)
                select customer_id, :sign * sum(amount), :sign * sum(order_count) from analytics_purchase_day
                 where day >= :from and day < :end group by customer_id
                on conflict (customer_id) do update
                set amount = t.amount + excluded.amount, order_count = t.order_count + excluded.order_count
                """).param("sign", sign).param("from", from).param("end", end).update();
    }

    private void fill(LocalDate first, LocalDate last) {
        // Delete, not truncate: an import rebuilds inside its own long transaction, and truncate's exclusive lock would
        // hold every reader of the reports until it commits.
        jdbc.sql("delete from analytics_customer_trailing").update();
        jdbc.sql("""
                insert into analytics_customer_trailing(customer_id, amount, order_count)
                select customer_id, sum(amount), sum(order_count) from analytics_purchase_day
                 where day between :first and :last group by customer_id""")
                .param("first", first).param("last", last).update();
    }

    private void setWindow(LocalDate first, LocalDate last) {
        jdbc.sql("update analytics_trailing_window set first_day = :first, last_day = :last where id = 1")
                .param("first", first).param("last", last).update();
    }

    private Map<String, Object> lockWindow(boolean exclusive) {
        Map<String, Object> row = jdbc.sql("select first_day, last_day from analytics_trailing_window where id = 1 for "
                + (exclusive ? "update" : "share")).query().singleRow();
        return Map.of("first_day", ((java.sql.Date) row.get("first_day")).toLocalDate(), "last_day",
                ((java.sql.Date) row.get("last_day")).toLocalDate());
    }
}

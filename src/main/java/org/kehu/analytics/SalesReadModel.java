package org.kehu.analytics;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales read model: net revenue per day, customer, selling owner, department and product category
 * ({@code analytics_sales_day}) and per customer-day ({@code analytics_purchase_day}). An order counts as a sale
 * from its confirmation on, unless cancelled, dated by its order date and worth the sum of its lines (imported
 * returns are negative lines, so every figure is net of returns).
 *
 * <p>Beside the days it keeps three rollups in the same transactions: per month, owner and category
 * ({@code analytics_sales_month}, read through {@link MonthlySales}), per month, owner, category and the customer's
 * province and nature ({@code analytics_sales_month_attr}, {@link MonthlySalesByCustomerAttributes}) and per customer
 * over the last twelve months ({@code analytics_customer_trailing}, {@link TrailingTotals}).
 *
 * <p>Single orders are added and taken away as they enter and leave the sales (an upsert that adds, so two orders
 * of one customer on one day, confirmed at once, do not overwrite each other); an import or a merge rebuilds the
 * days or customers it touched from the order tables.
 */
@Service
public class SalesReadModel {

    /** The orders that count as a sale, as an SQL condition on {@code sales_order o}. */
    static final String IS_SALE = "o.status in ('CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED')";

    private static final String SALES_DAY_SELECT = """
            select o.order_date, o.customer_id, o.owner_id, u.department_id, p.category_id,
                   sum(l.amount), sum(l.quantity), count(distinct o.id)
            from sales_order o
            join sales_order_line l on l.order_id = o.id
            join product p on p.id = l.product_id
            left join app_user u on u.id = o.owner_id
            where %s
            group by o.order_date, o.customer_id, o.owner_id, u.department_id, p.category_id
            """;
    private static final String PURCHASE_DAY_SELECT = """
            select o.customer_id, o.order_date, sum(l.amount), count(distinct o.id)
            from sales_order o
            join sales_order_line l on l.order_id = o.id
            where %s
            group by o.customer_id, o.order_date
            """;

    /**
     * The months from the day rows. A (month, owner, category) whose days were kept under two departments (the owner
     * moved between two sales) takes the larger id: the department is a label of the owner here, filters go by owner.
     */
    private static final String INSERT_MONTHS = """
            insert into analytics_sales_month(month, owner_id, department_id, category_id, amount, quantity, order_count)
            select date_trunc('month', day)::date, owner_id, max(department_id), category_id, sum(amount), sum(quantity),
                   sum(order_count)
              from analytics_sales_day where %s
             group by 1, owner_id, category_id
            """;

    private static final String INSERT_PURCHASE_MONTHS = """
            insert into analytics_purchase_month(month, amount, order_count, customers)
            select date_trunc('month', day)::date, sum(amount), sum(order_count), count(distinct customer_id)
              from analytics_purchase_day where %s group by 1
            """;

    private final JdbcClient jdbc;
    private final TrailingTotals trailing;
    private final CustomerAttributeRollup byAttributes;
    private final org.springframework.context.ApplicationEventPublisher events;

    SalesReadModel(JdbcClient jdbc, TrailingTotals trailing, CustomerAttributeRollup byAttributes,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.trailing = trailing;
        this.byAttributes = byAttributes;
        this.events = events;
    }

    /** Rebuilds the days from {@code from} to {@code to}, both included, from the order tables. */
    @Transactional
    public void rebuild(LocalDate from, LocalDate to) {
        jdbc.sql("delete from analytics_sales_day where day between :from and :to").param("from", from).param("to", to).update();
        jdbc.sql("delete from analytics_purchase_day where day between :from and :to").param("from", from).param("to", to).update();
        String range = "o.order_date between :from and :to";
        jdbc.sql(insertSalesDay(range)).param("from", from).param("to", to).update();
        jdbc.sql(insertPurchaseDay(range)).param("from", from).param("to", to).update();
        rebuildMonths(from.withDayOfMonth(1), to.withDayOfMonth(1));
        trailing.rebuildIfOverlapping(from, to);
        events.publishEvent(new SalesHistoryRebuilt(from, to));
    }

    /** Rebuilds the whole model, as after the demo data or a restore. */
    @Transactional
    public void rebuildAll() {
        jdbc.sql("truncate analytics_sales_day, analytics_purchase_day, analytics_sales_month, analytics_purchase_month").update();
        jdbc.sql(insertSalesDay("true")).update();
        jdbc.sql(insertPurchaseDay("true")).update();
        jdbc.sql(INSERT_MONTHS.formatted("true")).update();
        jdbc.sql(INSERT_PURCHASE_MONTHS.formatted("true")).update();
        byAttributes.rebuildAll();
        trailing.rebuild(TrailingTotals.today());
        events.publishEvent(new SalesHistoryRebuilt(LocalDate.MIN, LocalDate.MAX));
    }

    /** Rebuilds every day of the given customers, as after a merge moved one customer's orders to another. */
    @Transactional
    void rebuildCustomers(List<Long> customerIds) {
        // A merge moves orders between customers, not between owners, categories or days: the months do not change,
        // but they are rebuilt for the months these customers bought in, so that they follow the days in any case.
        String months = "select distinct date_trunc('month', day)::date from analytics_sales_day where customer_id in (:ids)";
        List<LocalDate> touched = new java.util.ArrayList<>(jdbc.sql(months).param("ids", customerIds).query(LocalDate.class).list());
        jdbc.sql("delete from analytics_sales_day where customer_id in (:ids)").param("ids", customerIds).update();
        jdbc.sql("delete from analytics_purchase_day where customer_id in (:ids)").param("ids", customerIds).update();
        String range = "o.customer_id in (:ids)";
        jdbc.sql(insertSalesDay(range)).param("ids", customerIds).update();
        jdbc.sql(insertPurchaseDay(range)).param("ids", customerIds).update();
        touched.addAll(jdbc.sql(months).param("ids", customerIds).query(LocalDate.class).list());
        touched.stream().distinct().forEach(m -> rebuildMonths(m, m));
        // The months were summed under the snapshots; the surviving customer's may be older than his profile.
        byAttributes.refresh(customerIds);
        trailing.rebuildCustomers(customerIds);
    }

    /** Rebuilds the months from {@code first} to {@code last} (first days, both included) from the day rows. */
    private void rebuildMonths(LocalDate first, LocalDate last) {
        jdbc.sql("delete from analytics_sales_month where month between :first and :last").param("first", first)
                .param("last", last).update();
        jdbc.sql(INSERT_MONTHS.formatted("day >= :first and day < :end")).param("first", first)
                .param("end", last.plusMonths(1)).update();
        jdbc.sql("delete from analytics_purchase_month where month between :first and :last").param("first", first)
                .param("last", last).update();
        jdbc.sql(INSERT_PURCHASE_MONTHS.formatted("day >= :first and day < :end")).param("first", first)
                .param("end", last.plusMonths(1)).update();
        byAttributes.rebuildMonths(first, last.plusMonths(1));
    }

    /**
     * Adds one order's lines to the model ({@code sign} 1, as it becomes a sale) or takes them away ({@code sign}
     * −1, as a sale is cancelled); rows left without orders are removed.
     */
    void apply(long orderId, int sign) {
        // No status condition: the order's lines, customer and date no longer change once it is confirmed, and
        // the status the caller reports may not be flushed yet.
        String order = "o.id = :order";
        jdbc.sql("""
                insert into analytics_sales_day as d(day, customer_id, owner_id, department_id, category_id, amount, quantity, order_count)
                select day, customer_id, owner_id, department_id, category_id, :sign * amount, :sign * quantity, :sign * orders
                from (%s) s(day, customer_id, owner_id, department_id, category_id, amount, quantity, orders)
                on conflict (day, customer_id, owner_id, category_id) do update
                set amount = d.amount + excluded.amount, quantity = d.quantity + excluded.quantity,
                    order_count = d.order_count + excluded.order_count
                """.formatted(SALES_DAY_SELECT.formatted(order)))
                .param("order", orderId).param("sign", sign).update();
        boolean hadMonth = boughtInMonth(orderId);
        jdbc.sql("""
                insert into analytics_purchase_day as d(customer_id, day, amount, order_count)
                select customer_id, day, :sign * amount, :sign * orders
                from (%s) s(customer_id, day, amount, orders)
                on conflict (customer_id, day) do update
                set amount = d.amount + excluded.amount, order_count = d.order_count + excluded.order_count
                """.formatted(PURCHASE_DAY_SELECT.formatted(order)))
                .param("order", orderId).param("sign", sign).update();
        jdbc.sql("""
                insert into analytics_sales_month as m(month, owner_id, department_id, category_id, amount, quantity, order_count)
                select date_trunc('month', day)::date, owner_id, department_id, category_id, :sign * amount, :sign * quantity,
                       :sign * orders
                from (%s) s(day, customer_id, owner_id, department_id, category_id, amount, quantity, orders)
                on conflict (month, owner_id, category_id) do update
                set amount = m.amount + excluded.amount, quantity = m.quantity + excluded.quantity,
                    order_count = m.order_count + excluded.order_count
                """.formatted(SALES_DAY_SELECT.formatted(order)))
                .param("order", orderId).param("sign", sign).update();
        String sameKey = "(customer_id, day) = (select customer_id, order_date from sales_order where id = :order) and order_count <= 0";
        jdbc.sql("delete from analytics_sales_day where " + sameKey).param("order", orderId).update();
        jdbc.sql("delete from analytics_purchase_day where " + sameKey).param("order", orderId).update();
        jdbc.sql("""
                delete from analytics_sales_month
                 where (month, owner_id) = (select date_trunc('month', order_date)::date, owner_id from sales_order where id = :order)
                   and order_count <= 0""").param("order", orderId).update();
        int customers = (boughtInMonth(orderId) ? 1 : 0) - (hadMonth ? 1 : 0);
        jdbc.sql("""
                insert into analytics_purchase_month as m(month, amount, order_count, customers)
                select date_trunc('month', day)::date, :sign * amount, :sign * orders, :customers
                from (%s) s(customer_id, day, amount, orders)
                on conflict (month) do update
                set amount = m.amount + excluded.amount, order_count = m.order_count + excluded.order_count,
                    customers = m.customers + excluded.customers
                """.formatted(PURCHASE_DAY_SELECT.formatted(order)))
                .param("order", orderId).param("sign", sign).param("customers", customers).update();
        jdbc.sql("""
                delete from analytics_purchase_month
                 where month = (select date_trunc('month', order_date)::date from sales_order where id = :order)
                   and order_count <= 0""").param("order", orderId).update();
        byAttributes.apply(orderId, sign);
        trailing.apply(orderId, sign);
    }

    /** Whether the order's customer has a purchase day in the order's month. */
    private boolean boughtInMonth(long orderId) {
        return jdbc.sql("""
                select exists (select 1 from analytics_purchase_day p, sales_order o
                                where o.id = :order and p.customer_id = o.customer_id
                                  and p.day >= date_trunc('month', o.order_date)::date
                                  and p.day < (date_trunc('month', o.order_date) + interval '1 month')::date)""")
                .param("order", orderId).query(Boolean.class).single();
    }

    private static String insertSalesDay(String condition) {
        return "insert into analytics_sales_day(day, customer_id, owner_id, department_id, category_id, amount, quantity, order_count) "
                + SALES_DAY_SELECT.formatted(IS_SALE + " and " + condition);
    }

    private static String insertPurchaseDay(String condition) {
        return "insert into analytics_purchase_day(customer_id, day, amount, order_count) "
                + PURCHASE_DAY_SELECT.formatted(IS_SALE + " and " + condition);
    }
}

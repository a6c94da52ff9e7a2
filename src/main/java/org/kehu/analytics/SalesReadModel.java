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

    private final JdbcClient jdbc;

    SalesReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rebuilds the days from {@code from} to {@code to}, both included, from the order tables. */
    @Transactional
    public void rebuild(LocalDate from, LocalDate to) {
        jdbc.sql("delete from analytics_sales_day where day between :from and :to").param("from", from).param("to", to).update();
        jdbc.sql("delete from analytics_purchase_day where day between :from and :to").param("from", from).param("to", to).update();
        String range = "o.order_date between :from and :to";
        jdbc.sql(insertSalesDay(range)).param("from", from).param("to", to).update();
        jdbc.sql(insertPurchaseDay(range)).param("from", from).param("to", to).update();
    }

    /** Rebuilds the whole model, as after the demo data or a restore. */
    @Transactional
    public void rebuildAll() {
        jdbc.sql("truncate analytics_sales_day, analytics_purchase_day").update();
        jdbc.sql(insertSalesDay("true")).update();
        jdbc.sql(insertPurchaseDay("true")).update();
    }

    /** Rebuilds every day of the given customers, as after a merge moved one customer's orders to another. */
    @Transactional
    void rebuildCustomers(List<Long> customerIds) {
        jdbc.sql("delete from analytics_sales_day where customer_id in (:ids)").param("ids", customerIds).update();
        jdbc.sql("delete from analytics_purchase_day where customer_id in (:ids)").param("ids", customerIds).update();
        String range = "o.customer_id in (:ids)";
        jdbc.sql(insertSalesDay(range)).param("ids", customerIds).update();
        jdbc.sql(insertPurchaseDay(range)).param("ids", customerIds).update();
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
        jdbc.sql("""
                insert into analytics_purchase_day as d(customer_id, day, amount, order_count)
                select customer_id, day, :sign * amount, :sign * orders
                from (%s) s(customer_id, day, amount, orders)
                on conflict (customer_id, day) do update
                set amount = d.amount + excluded.amount, order_count = d.order_count + excluded.order_count
                """.formatted(PURCHASE_DAY_SELECT.formatted(order)))
                .param("order", orderId).param("sign", sign).update();
        String sameKey = "(customer_id, day) = (select customer_id, order_date from sales_order where id = :order) and order_count <= 0";
        jdbc.sql("delete from analytics_sales_day where " + sameKey).param("order", orderId).update();
        jdbc.sql("delete from analytics_purchase_day where " + sameKey).param("order", orderId).update();
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

package org.kehu.analytics;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code analytics_sales_day_attr} (net sales per day, owner, category, customer province and nature; V492's
 * triggers roll it into {@code analytics_sales_month_attr} in the same statement) and the snapshot of the attributes it was summed under ({@code analytics_customer_attr}), for
 * {@link MonthlySalesByCustomerAttributes}. Every change goes through the snapshot: an order adds under the
 * customer's snapshot, a rebuilt month sums the day rows under the snapshots, and a customer whose province or
 * nature changed has the sums of all his day rows (read by the day table's customer index) taken from the old bucket
 * and added to the new one while the snapshot is updated. So the rollup always equals the day rows grouped by the
 * snapshot, and the snapshot equals the customer once the change is seen: at once for changes saved through the
 * application ({@code CustomerUpdated}), at night for changes made by SQL ({@link #reconcileAll()}).
 */
@Component
class CustomerAttributeRollup {

    /** Customers moved per statement by the reconciliation: a bounded parameter list. */
    private static final int BATCH = 5_000;

    private static final String ADD = """
            insert into analytics_sales_day_attr as m(day, owner_id, category_id, province_code, nature_code, amount, order_count)
            %s
            on conflict (day, owner_id, category_id, province_code, nature_code) do update
            set amount = m.amount + excluded.amount, order_count = m.order_count + excluded.order_count
            """;

    /** The day rows (alias {@code d}) under the snapshot, summed per rollup key and multiplied by {@code :sign}. */
    private static final String FROM_DAYS = """
            select d.day, d.owner_id, d.category_id, coalesce(a.province_code, ''),
                   coalesce(a.nature_code, ''), :sign * sum(d.amount), :sign * sum(d.order_count)
              from analytics_sales_day d join analytics_customer_attr a on a.customer_id = d.customer_id
             where %s
             group by 1, 2, 3, 4, 5
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    CustomerAttributeRollup(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Adds one order's lines ({@code sign} 1) or takes them away (−1), as {@link SalesReadModel#apply} does. */
    void apply(long orderId, int sign) {
        jdbc.sql("""
                insert into analytics_customer_attr(customer_id, province_code, nature_code)
                select c.id, c.province_code, c.nature_code from customer c join sales_order o on o.customer_id = c.id
                 where o.id = :order
                on conflict (customer_id) do nothing""").param("order", orderId).update();
        jdbc.sql(ADD.formatted("""
                select o.order_date, o.owner_id, p.category_id, coalesce(a.province_code, ''),
                       coalesce(a.nature_code, ''), :sign * sum(l.amount), :sign * count(distinct o.id)
                  from sales_order o
                  join sales_order_line l on l.order_id = o.id
                  join product p on p.id = l.product_id
                  join analytics_customer_attr a on a.customer_id = o.customer_id
                 where o.id = :order
                 group by 1, 2, 3, 4, 5""")).param("order", orderId).param("sign", sign).update();
        removeEmpty();
    }

    /** Rebuilds the months from {@code first} to {@code end} (first days, {@code end} excluded) from the day rows. */
    void rebuildMonths(LocalDate first, LocalDate end) {
        snapshotMissing("d.day >= :first and d.day < :end", first, end);
        // The days first (their months lose them by V492's trigger), then whatever the months still hold there.
        jdbc.sql("delete from analytics_sales_day_attr where day >= :first and day < :end")
                .param("first", first).param("end", end).update();
        jdbc.sql("delete from analytics_sales_month_attr where month >= :first and month < :end")
                .param("first", first).param("end", end).update();
        jdbc.sql(ADD.formatted(FROM_DAYS.formatted("d.day >= :first and d.day < :end")))
                .param("first", first).param("end", end).param("sign", 1).update();
    }

    /** Rebuilds the snapshot and the rollup from the customers and all day rows. */
    void rebuildAll() {
        // The months are emptied by the day rollup's truncate trigger (V492); naming them here too would be refused.
        jdbc.sql("truncate analytics_customer_attr, analytics_sales_day_attr").update();
        snapshotMissing("true", null, null);
        jdbc.sql(ADD.formatted(FROM_DAYS.formatted("true"))).param("sign", 1).update();
    }

    /**
     * Moves the sums of those of the given customers whose province or nature differs from the snapshot to their new
     * bucket and updates their snapshots; answers how many moved.
     */
    @Transactional
    int refresh(List<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        List<Long> changed = jdbc.sql("""
                select a.customer_id from analytics_customer_attr a join customer c on c.id = a.customer_id
                 where a.customer_id in (:ids)
                   and (c.province_code is distinct from a.province_code or c.nature_code is distinct from a.nature_code)""")
                .param("ids", customerIds).query(Long.class).list();
        if (changed.isEmpty()) {
            return 0;
        }
        move(changed, -1);
        jdbc.sql("""
                update analytics_customer_attr a set province_code = c.province_code, nature_code = c.nature_code
                  from customer c where c.id = a.customer_id and a.customer_id in (:ids)""").param("ids", changed).update();
        move(changed, 1);
        removeEmpty();
        return changed.size();
    }

    /**
     * Finds every customer whose snapshot differs from the customer (changes made by SQL, without an event) and moves
     * them, in batches, each its own transaction; answers how many moved.
     */
    int reconcileAll() {
        List<Long> changed = jdbc.sql("""
                select a.customer_id from analytics_customer_attr a join customer c on c.id = a.customer_id
                 where c.province_code is distinct from a.province_code or c.nature_code is distinct from a.nature_code""")
                .query(Long.class).list();
        int moved = 0;
        for (int i = 0; i < changed.size(); i += BATCH) {
            List<Long> batch = changed.subList(i, Math.min(changed.size(), i + BATCH));
            moved += transactions.execute(status -> refresh(batch));
        }
        return moved;
    }

    /** Forgets a deleted customer (one with orders cannot be deleted, so he has no sums). */
    void forget(long customerId) {
        jdbc.sql("""
                delete from analytics_customer_attr a where a.customer_id = :id
                   and not exists (select 1 from analytics_sales_day d where d.customer_id = :id)""")
                .param("id", customerId).update();
    }

    private void move(List<Long> customerIds, int sign) {
        jdbc.sql(ADD.formatted(FROM_DAYS.formatted("d.customer_id in (:ids)"))).param("ids", customerIds)
                .param("sign", sign).update();
    }

    /** Snapshots the customers of the matching day rows that have none yet. */
    private void snapshotMissing(String dayCondition, LocalDate first, LocalDate end) {
        var sql = jdbc.sql("""
                insert into analytics_customer_attr(customer_id, province_code, nature_code)
                select c.id, c.province_code, c.nature_code from customer c
                 where c.id in (select d.customer_id from analytics_sales_day d where %s)
                on conflict (customer_id) do nothing""".formatted(dayCondition));
        if (first != null) {
            sql = sql.param("first", first).param("end", end);
        }
        sql.update();
    }

    private void removeEmpty() {
        jdbc.sql("delete from analytics_sales_day_attr where order_count <= 0").update();
        jdbc.sql("delete from analytics_sales_month_attr where order_count <= 0").update();
    }
}

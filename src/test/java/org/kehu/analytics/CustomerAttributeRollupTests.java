package org.kehu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.customer.CustomerUpdated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly rollup by the customer's province and nature holds what the day rows joined to the customer as he is
 * now give, on the demo data: as built, after a province or nature saved through the application, after changes made
 * by SQL once the nightly reconciliation ran, after a merge and after a new sale. The expected figures are the day
 * rows' own sums, computed here, never typed.
 */
@SpringBootTest
@Transactional
class CustomerAttributeRollupTests {

    /** The rollup's rows that the day rows under the customers' present attributes do not give, and the other way. */
    private static final String DAYS = """
            select date_trunc('month', d.day)::date as month, d.owner_id, d.category_id, coalesce(c.province_code, '') as province,
                   coalesce(c.nature_code, '') as nature, sum(d.amount) as amount, sum(d.order_count) as orders
              from analytics_sales_day d join customer c on c.id = d.customer_id
             group by 1, 2, 3, 4, 5""";
    private static final String ROLLUP = """
            select month, owner_id, category_id, province_code, nature_code, amount, order_count from analytics_sales_month_attr""";
    /** The same per day (V492), which the month rollup is kept from. */
    private static final String DAYS_BY_DAY = """
            select d.day, d.owner_id, d.category_id, coalesce(c.province_code, '') as province,
                   coalesce(c.nature_code, '') as nature, sum(d.amount) as amount, sum(d.order_count) as orders
              from analytics_sales_day d join customer c on c.id = d.customer_id
             group by 1, 2, 3, 4, 5""";
    private static final String DAY_ROLLUP = """
            select day, owner_id, category_id, province_code, nature_code, amount, order_count from analytics_sales_day_attr""";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CustomerAttributeRollup rollup;
    @Autowired
    SalesReadModel model;

    @Test
    void holdsTheDayRowsUnderEachCustomersAttributes() {
        assertThat(count(ROLLUP)).isPositive();
        assertThat(count(DAY_ROLLUP)).isGreaterThan(count(ROLLUP));
        assertMatchesDays();
    }

    @Test
    void movesACustomersSalesWhenHisProvinceAndNatureAreSaved() {
        long customer = biggestBuyer(0);
        String province = jdbc.sql("select province_code from customer where id = ?").param(customer).query(String.class).optional()
                .orElse(null);
        String other = "110000".equals(province) ? "310000" : "110000";
        jdbc.sql("update customer set province_code = ?, nature_code = 'FOREIGN' where id = ?").params(other, customer).update();
        // Before the event the rollup still holds the old bucket: what the event moves is really moved.
        assertThat(differences()).isPositive();

        events.publishEvent(new CustomerUpdated(customer));

        assertMatchesDays();
    }

    @Test
    void nightlyReconciliationFindsCustomersChangedBySql() {
        long a = biggestBuyer(0);
        long b = biggestBuyer(1);
        jdbc.sql("update customer set province_code = '650000' where id in (?, ?)").params(a, b).update();
        jdbc.sql("update customer set nature_code = null where id = ?").param(b).update();

        assertThat(rollup.reconcileAll()).isEqualTo(2);

        assertMatchesDays();
        assertThat(rollup.reconcileAll()).isZero();
    }

    @Test
    void followsAMergeAndASaleAfterTheChange() {
        long target = biggestBuyer(0);
        long source = biggestBuyer(1);
        jdbc.sql("update customer set province_code = '540000' where id = ?").param(target).update();
        jdbc.sql("update sales_order set customer_id = ? where customer_id = ?").params(target, source).update();

        // What the read model does on CustomersMerged (the event itself reaches listeners that need a signed-in user).
        model.rebuildCustomers(java.util.List.of(source, target));
        assertMatchesDays();

        long order = jdbc.sql("select min(id) from sales_order where customer_id = ? and " + SalesReadModel.IS_SALE.replace("o.", ""))
                .param(target).query(Long.class).single();
        model.apply(order, -1);
        assertMatchesDays();
        model.apply(order, 1);
        assertMatchesDays();
    }

    /** The customer with the n-th most day rows (ids past the first hundred and so on: demo customers). */
    private long biggestBuyer(int n) {
        return jdbc.sql("""
                select customer_id from analytics_sales_day group by customer_id order by count(*) desc, customer_id
                offset ? limit 1""").param(n).query(Long.class).single();
    }

    private void assertMatchesDays() {
        assertThat(differences()).as("rows of the rollup and of the day rows that differ").isZero();
    }

    private long differences() {
        return count("(" + ROLLUP + " except " + DAYS + ") union all (" + DAYS + " except " + ROLLUP + ")")
                + count("(" + DAY_ROLLUP + " except " + DAYS_BY_DAY + ") union all (" + DAYS_BY_DAY + " except " + DAY_ROLLUP + ")");
    }

    private long count(String sql) {
        return jdbc.sql("select count(*) from (" + sql + ") x").query(Long.class).single();
    }
}

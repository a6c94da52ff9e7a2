package org.kehu.churn;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.kehu.MutableClock;
import org.kehu.analytics.SalesReadModel;
import org.kehu.churn.internal.ChurnScan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Customers of the test's own (past the demo's ids) with orders written straight into the order table, dated
 * relative to the test clock, and the churn scan to run with that clock.
 */
abstract class ChurnTestSupport {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ChurnScan scan;
    @Autowired
    SalesReadModel readModel;

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    static String unique() {
        return Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
    }

    /** A customer owned by {@code owner} (a username), active. */
    long customer(String name, String owner) {
        long ownerId = userId(owner);
        return jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, province_code, grade_code, status, created_by)
                values (:code, :name, 'cs', :owner, '420000', 'KEY', 'ACTIVE', :owner) returning id""")
                .param("code", "KHCH" + unique()).param("name", name + " " + unique()).param("owner", ownerId)
                .query(Long.class).single();
    }

    /**
     * An order of one line of the customer on {@code day} in {@code status}, owned by the customer's owner, and the
     * sales read model rebuilt for that day (as an import leaves it).
     */
    long order(long customer, LocalDate day, String status) {
        long id = insertOrder(jdbc, customer, day, status);
        readModel.rebuild(day, day);
        return id;
    }

    /** The order and its line, written straight into the order tables: dated before its customer was created here, a completed or cancelled one is imported history. */
    static long insertOrder(JdbcClient jdbc, long customer, LocalDate day, String status) {
        long id = jdbc.sql("""
                insert into sales_order(number, customer_id, owner_id, order_date, warehouse_id, status, total, imported)
                select :number, c.id, c.owner_id, :day, (select min(id) from warehouse), :status, 100, :status in ('COMPLETED', 'CANCELLED')
                  from customer c where c.id = :customer returning id""")
                .param("number", "T" + unique()).param("customer", customer).param("day", day).param("status", status)
                .query(Long.class).single();
        jdbc.sql("""
                insert into sales_order_line(order_id, line_no, product_id, product_code, product_name, quantity, unit_price, amount, imported)
                select :order, 1, p.id, p.code, p.name, 1, 100, 100, (select imported from sales_order where id = :order) from product p order by p.id limit 1""")
                .param("order", id).update();
        return id;
    }

    String customerStatus(long customer) {
        return jdbc.sql("select status from customer where id = :id").param("id", customer).query(String.class).single();
    }

    String warningState(long customer) {
        return jdbc.sql("select state from churn_warning where customer_id = :id and state <> 'CLEARED'")
                .param("id", customer).query(String.class).optional().orElse(null);
    }

    long actions(long customer, String action) {
        return jdbc.sql("select count(*) from churn_action where customer_id = :id and action = :a")
                .param("id", customer).param("a", action).query(Long.class).single();
    }
}

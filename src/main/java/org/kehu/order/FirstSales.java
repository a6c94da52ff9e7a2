package org.kehu.order;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a customer first bought: the date of their earliest sale (an order confirmed or further along, not
 * cancelled; imported history counts). For other modules that ask how long a relationship has lasted; the
 * caller has checked that the customer is within the user's scope.
 */
@Component
@Transactional(readOnly = true)
public class FirstSales {

    private final JdbcClient jdbc;

    FirstSales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LocalDate> of(long customerId) {
        return jdbc.sql("""
                select min(order_date) from sales_order
                 where customer_id = :c and status in ('CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED')""")
                .param("c", customerId).query(LocalDate.class).optional();
    }
}

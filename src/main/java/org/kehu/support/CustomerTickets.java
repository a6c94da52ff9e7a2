package org.kehu.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One customer's own service tickets, for the customer portal: scoped by the customer id the caller (the portal)
 * has established, with no staff data scope.
 */
@Service
@Transactional(readOnly = true)
public class CustomerTickets {

    private final JdbcClient jdbc;

    CustomerTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of the customer's tickets are open (not archived). */
    public long countOpen(long customerId) {
        return jdbc.sql("select count(*) from ticket where customer_id = :c and status <> 'ARCHIVED'")
                .param("c", customerId).query(Long.class).single();
    }
}

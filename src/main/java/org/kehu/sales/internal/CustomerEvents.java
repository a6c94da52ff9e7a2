package org.kehu.sales.internal;

import org.kehu.customer.CustomerDeleted;
import org.kehu.customer.CustomersMerged;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the link of won opportunities to their customer: a merge moves it to the surviving customer, and a
 * customer won from an opportunity cannot be deleted (the delete is refused and rolled back).
 */
@Component
class CustomerEvents {

    private final JdbcClient jdbc;

    CustomerEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void merged(CustomersMerged event) {
        jdbc.sql("update opportunity set customer_id = :target where customer_id = :source")
                .param("target", event.targetId()).param("source", event.sourceId()).update();
    }

    @EventListener
    void deleted(CustomerDeleted event) {
        Long n = jdbc.sql("select count(*) from opportunity where customer_id = :id").param("id", event.customerId())
                .query(Long.class).single();
        if (n > 0) {
            throw new RuleViolationException("sales.error.customer-has-opportunities",
                    "The customer was won from opportunities and cannot be deleted", n);
        }
    }
}

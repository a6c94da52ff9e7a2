package org.kehu.support.followup;

import org.kehu.customer.CustomerDeleted;
import org.kehu.customer.CustomersMerged;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps follow-up visits with their customer: a merge moves them to the remaining customer (in the merge's
 * transaction), and a customer with visits cannot be deleted.
 */
@Component
class FollowUpCustomerListener {

    private final JdbcClient jdbc;

    FollowUpCustomerListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        jdbc.sql("update follow_up set customer_id = :target where customer_id = :source")
                .param("target", merged.targetId()).param("source", merged.sourceId()).update();
    }

    @EventListener
    void on(CustomerDeleted deleted) {
        if (jdbc.sql("select exists(select 1 from follow_up where customer_id = :c)").param("c", deleted.customerId())
                .query(Boolean.class).single()) {
            throw new RuleViolationException("followup.error.customer-has-visits",
                    "The customer has follow-up visits and cannot be deleted");
        }
    }
}

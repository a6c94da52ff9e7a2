package org.kehu.rating;

import org.kehu.customer.CustomerDeleted;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerSummary;
import org.kehu.customer.CustomerOwnerChanged;
import org.kehu.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps ratings with their customer, synchronously inside the customer module's transaction: the owner the
 * distribution report scopes by follows a transfer, a merge moves the history to the surviving customer (whose
 * own latest rating stays current), a deleted customer's ratings go with it.
 */
@Component
class RatingCustomerListener {

    private final JdbcClient jdbc;
    private final CustomerManagement customers;

    RatingCustomerListener(JdbcClient jdbc, CustomerManagement customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    @EventListener
    void on(CustomerOwnerChanged changed) {
        jdbc.sql("update rating_current set owner_id = :o where customer_id = :c")
                .param("o", changed.newOwnerId()).param("c", changed.customerId()).update();
    }

    @EventListener
    void on(CustomersMerged merged) {
        jdbc.sql("""
                update rating_current s set customer_id = :t, owner_id = coalesce(:o, s.owner_id)
                 where s.customer_id = :s and not exists (select 1 from rating_current t where t.customer_id = :t and t.kind = s.kind)""")
                .param("t", merged.targetId()).param("s", merged.sourceId())
                .param("o", customers.summary(merged.targetId()).map(CustomerSummary::ownerId).orElse(null)).update();
        jdbc.sql("delete from rating_current where customer_id = :s").param("s", merged.sourceId()).update();
        jdbc.sql("update customer_rating set customer_id = :t where customer_id = :s")
                .param("t", merged.targetId()).param("s", merged.sourceId()).update();
    }

    @EventListener
    void on(CustomerDeleted deleted) {
        jdbc.sql("delete from rating_current where customer_id = :c").param("c", deleted.customerId()).update();
        jdbc.sql("delete from customer_rating where customer_id = :c").param("c", deleted.customerId()).update();
    }
}

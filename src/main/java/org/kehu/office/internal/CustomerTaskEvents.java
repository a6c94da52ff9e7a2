package org.kehu.office.internal;

import org.kehu.customer.CustomerDeleted;
import org.kehu.customer.CustomersMerged;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps tasks with their customers, inside the customer module's transaction (synchronous listeners), so that a
 * merge or a delete is all or nothing.
 * <ul>
 * <li>A merge moves the source customer's tasks to the target; contacts move with the merge, so contact ids stay valid.</li>
 * <li>A delete is refused while the customer has open tasks: they are someone's planned work (often not the
 * deleting user's) and would vanish unseen. Done and cancelled tasks are the customer's history and go with it,
 * as its interactions do.</li>
 * </ul>
 */
@Component
class CustomerTaskEvents {

    private final JdbcClient jdbc;

    CustomerTaskEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        jdbc.sql("update task set customer_id = :target where customer_id = :source")
                .param("target", merged.targetId()).param("source", merged.sourceId()).update();
    }

    @EventListener
    void on(CustomerDeleted deleted) {
        long open = jdbc.sql("select count(*) from task where customer_id = :id and status = 'OPEN'")
                .param("id", deleted.customerId()).query(Long.class).single();
        if (open > 0) {
            throw new RuleViolationException("office.error.customer-has-open-tasks",
                    "The customer has " + open + " open tasks; finish, cancel or move them first", open);
        }
        jdbc.sql("delete from task where customer_id = :id").param("id", deleted.customerId()).update();
    }
}

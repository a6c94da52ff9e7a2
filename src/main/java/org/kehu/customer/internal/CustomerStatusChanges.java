package org.kehu.customer.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.kehu.customer.CustomerStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves many customers' status in one statement, for the churn rules that flag thousands at once. The
 * version goes up so that a form opened before answers "someone else saved first" instead of writing the old
 * status back.
 */
@Component
public class CustomerStatusChanges {

    private final JdbcClient jdbc;

    CustomerStatusChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int change(Collection<Long> ids, Set<CustomerStatus> from, CustomerStatus to) {
        Long[] wanted = ids.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
        if (wanted.length == 0 || from.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update customer set status = :to, version = version + 1
                 where id = any(:ids) and status = any(:from) and status <> :to""")
                .param("to", to.name()).param("ids", wanted)
                .param("from", from.stream().map(Enum::name).toArray(String[]::new)).update();
    }
}

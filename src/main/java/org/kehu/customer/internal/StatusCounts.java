package org.kehu.customer.internal;

import java.util.HashMap;
import java.util.Map;

import org.kehu.customer.CustomerStatus;
import org.kehu.identity.OwnerScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Customers in a status per owner, counted on the status index, within a data scope. */
@Component
public class StatusCounts {

    private final JdbcClient jdbc;

    StatusCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Owner id to the number of their customers in the status; owners with none are absent. */
    public Map<Long, Long> byOwner(CustomerStatus status, OwnerScope scope) {
        Map<Long, Long> counts = new HashMap<>();
        var spec = jdbc.sql("select owner_id, count(*) from customer where status = :status"
                + (scope.all() ? "" : " and owner_id = any(:owners)") + " group by owner_id")
                .param("status", status.name());
        if (!scope.all()) {
            spec = spec.param("owners", scope.ownerIdArray());
        }
        spec.query(rs -> {
            counts.put(rs.getObject(1, Long.class), rs.getLong(2));
        });
        return counts;
    }
}

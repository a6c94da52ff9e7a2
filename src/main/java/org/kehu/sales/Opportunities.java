package org.kehu.sales;

import java.util.Optional;

import org.kehu.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads opportunities for other modules (tasks attached to an opportunity, ...). The signed-in user's data
 * scope applies: an opportunity outside it is not found.
 */
@Service
public class Opportunities {

    private final JdbcClient jdbc;
    private final UserDirectory users;

    Opportunities(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** The opportunity, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<OpportunitySummary> find(long id) {
        return jdbc.sql("select id, prospect_name, owner_id, customer_id, status from opportunity where id = :id")
                .param("id", id)
                .query((rs, n) -> new OpportunitySummary(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getObject(4, Long.class), rs.getString(5)))
                .optional().filter(o -> users.currentUser().map(u -> users.ownerScope(u).permits(o.ownerId())).orElse(false));
    }
}

package org.kehu.marketing;

import java.util.Map;

/**
 * A set of records described as SQL rather than loaded into memory: a {@code SELECT} with named parameters
 * (for {@code NamedParameterJdbcTemplate}) whose single column is an id. Segments hand their members to
 * campaigns this way, so that a campaign to 100,000 contacts is frozen and checked in the database, in sets.
 *
 * @param sql    a SELECT yielding exactly one column, named as the producer documents (e.g. {@code contact_id})
 * @param params the named parameters the SQL uses
 */
public record SqlSet(String sql, Map<String, Object> params) {

    public SqlSet {
        params = Map.copyOf(params);
    }
}

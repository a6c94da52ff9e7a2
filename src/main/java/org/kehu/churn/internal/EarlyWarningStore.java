package org.kehu.churn.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.kehu.churn.EarlyWarningFilter;
import org.kehu.churn.EarlyWarningRow;
import org.kehu.identity.OwnerScope;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The early warning in SQL: customers whose P(alive), as the customer module copies it from the lifetime value
 * scores into {@code customer_score} (one row per customer, read by SQL as the customer's own columns are), is below
 * the threshold, who are not lost and have no open warning; lowest P(alive) first. The sort is the expression and
 * tie-break the customer list's P(alive) index holds (unscored customers sort as 2, above any threshold), so a page
 * is a range scan of that index with the customer probed by key; the data scope is the customer's owner, as on the
 * warning list.
 */
@Component
public class EarlyWarningStore {

    /** P(alive) has six decimals: the cursor carries it as millionths. */
    private static final int SCALE = 6;
    /** Every customer has a score row (V488): the inner join drops no one and lets the plan start from the score index. */
    private static final String FROM = "from customer c join customer_score cs on cs.customer_id = c.id ";
    private static final String SELECT = """
            select c.id, c.code, c.name, c.owner_id, u.name as owner_name, c.province_code, c.grade_code, cs.p_alive,
                   cs.expected_purchases_365, cs.clv
            """ + FROM + " left join app_user u on u.id = c.owner_id ";
    private static final String ORDER = " order by coalesce(cs.p_alive, 2), cs.customer_id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    EarlyWarningStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate t = new JdbcTemplate(Objects.requireNonNull(template.getDataSource()));
        t.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(t);
    }

    public KeysetPage<EarlyWarningRow> page(BigDecimal threshold, EarlyWarningFilter filter, OwnerScope scope,
            String after, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(threshold, filter, scope, params);
        if (Cursor.given(after)) {
            Cursor.Position<Long> at = Cursor.parse(after, "after", Long.class);
            where.append(" and (coalesce(cs.p_alive, 2), cs.customer_id) > (:afterP, :afterId)");
            params.put("afterP", BigDecimal.valueOf(at.value(), SCALE));
            params.put("afterId", at.id());
        }
        List<EarlyWarningRow> rows = jdbc.sql(SELECT + where + ORDER + " limit :limit").params(params)
                .param("limit", size + 1).query(EarlyWarningStore::row).list();
        return KeysetPage.forward(rows, size, r -> Cursor.of(r.pAlive().setScale(SCALE, RoundingMode.UNNECESSARY)
                .unscaledValue().longValueExact(), r.customerId()));
    }

    public CappedCount count(BigDecimal threshold, EarlyWarningFilter filter, OwnerScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(threshold, filter, scope, params);
        return new CappedCount(jdbc.sql(CappedCount.sql(FROM + where)).params(params)
                .query(Long.class).single());
    }

    /** Streams the whole filtered list in its order; call inside a transaction. */
    public void forEach(BigDecimal threshold, EarlyWarningFilter filter, OwnerScope scope, Consumer<EarlyWarningRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(threshold, filter, scope, params);
        streaming.query(SELECT + where + ORDER, params, rs -> {
            sink.accept(row(rs, 0));
        });
    }

    /** How many customers of each owner the early warning lists (for the daily scan's notification). */
    public Map<Long, Long> countsByOwner(BigDecimal threshold) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(threshold, new EarlyWarningFilter(null, null), OwnerScope.everything(), params);
        jdbc.sql("select c.owner_id, count(*) " + FROM + where + " and c.owner_id is not null group by c.owner_id"
                + " order by c.owner_id").params(params)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static StringBuilder where(BigDecimal threshold, EarlyWarningFilter f, OwnerScope scope, Map<String, Object> p) {
        StringBuilder w = new StringBuilder("""
                 where coalesce(cs.p_alive, 2) < :threshold and c.status <> 'LOST'
                   and not exists (select 1 from churn_warning w where w.customer_id = c.id and w.state <> 'CLEARED')""");
        p.put("threshold", threshold);
        if (!scope.all()) {
            w.append(" and c.owner_id = any(:scopeIds)");
            p.put("scopeIds", scope.ownerIdArray());
        }
        if (f.owner() != null) {
            w.append(" and c.owner_id = :owner");
            p.put("owner", f.owner());
        }
        if (f.region() != null) {
            w.append(" and (c.province_code = :region or c.city_code = :region)");
            p.put("region", f.region());
        }
        return w;
    }

    private static EarlyWarningRow row(ResultSet rs, int n) throws SQLException {
        return new EarlyWarningRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                (Long) rs.getObject("owner_id"), rs.getString("owner_name"), rs.getString("province_code"),
                rs.getString("grade_code"), rs.getBigDecimal("p_alive"), rs.getBigDecimal("expected_purchases_365"),
                rs.getBigDecimal("clv"), null);
    }
}

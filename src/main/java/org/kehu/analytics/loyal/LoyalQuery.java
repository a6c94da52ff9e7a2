package org.kehu.analytics.loyal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.kehu.identity.OwnerScope;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The loyal list in SQL, on the customer's row: the loyalty level the rating module writes there and the lifetime
 * value scores the customer module copies from the model into {@code customer_score}, so one indexed query filters,
 * scopes and pages (highest CLV first, on the customer list's CLV sort index). Active customers only: a customer in a churn warning
 * or lost is no loyal one, whatever his rating says.
 */
@Component
class LoyalQuery {

    /** What the SQL gives of a row; the reasons are worked out in Java. */
    record Row(long customerId, String code, String name, Long ownerId, String ownerName, String loyaltyLevel,
            BigDecimal pAlive, BigDecimal expectedPurchases365, BigDecimal clv) {
    }

    /** The criteria: P(alive) at least {@code minPAlive}, and a level among {@code levels} or a CLV from {@code clvCut}. */
    record Criteria(BigDecimal minPAlive, List<String> levels, BigDecimal clvCut) {
    }

    /**
     * The lifetime value scores are the customer module's {@code customer_score} (V488), one row per customer, read by
     * SQL as the customer's own columns are; the inner join drops no one.
     */
    private static final String FROM = "from customer c join customer_score cs on cs.customer_id = c.id ";
    private static final String SELECT = """
            select c.id, c.code, c.name, c.owner_id, u.name as owner_name, c.loyalty_rating, cs.p_alive,
                   cs.expected_purchases_365, cs.clv
            """ + FROM + " left join app_user u on u.id = c.owner_id ";
    /** On the CLV sort index of customer_score: its expression, its customer_id as the tie-break. */
    private static final String ORDER = " order by coalesce(cs.clv, -1) desc, cs.customer_id desc";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    LoyalQuery(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate t = new JdbcTemplate(Objects.requireNonNull(template.getDataSource()));
        t.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(t);
    }

    KeysetPage<Row> page(Criteria criteria, OwnerScope scope, Long owner, String after, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(criteria, scope, owner, params);
        if (Cursor.given(after)) {
            Cursor.Position<Long> at = Cursor.parse(after, "after", Long.class);
            where.append(" and (coalesce(cs.clv, -1), cs.customer_id) < (:afterClv, :afterId)");
            params.put("afterClv", BigDecimal.valueOf(at.value(), 2));
            params.put("afterId", at.id());
        }
        List<Row> rows = jdbc.sql(SELECT + where + ORDER + " limit :limit").params(params).param("limit", size + 1)
                .query(LoyalQuery::row).list();
        return KeysetPage.forward(rows, size, r -> Cursor.of((r.clv() == null ? BigDecimal.ONE.negate() : r.clv())
                .setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact(), r.customerId()));
    }

    CappedCount count(Criteria criteria, OwnerScope scope, Long owner) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(criteria, scope, owner, params);
        return new CappedCount(jdbc.sql(CappedCount.sql(FROM + where)).params(params).query(Long.class).single());
    }

    /** Streams the whole list in its order; call inside a transaction. */
    void forEach(Criteria criteria, OwnerScope scope, Long owner, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(criteria, scope, owner, params);
        streaming.query(SELECT + where + ORDER, params, rs -> {
            sink.accept(row(rs, 0));
        });
    }

    private static StringBuilder where(Criteria c, OwnerScope scope, Long owner, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" where c.status = 'ACTIVE' and cs.p_alive >= :minPAlive");
        p.put("minPAlive", c.minPAlive());
        if (c.clvCut() == null) {
            w.append(" and c.loyalty_rating = any(:levels)");
        } else {
            w.append(" and (c.loyalty_rating = any(:levels) or cs.clv >= :clvCut)");
            p.put("clvCut", c.clvCut());
        }
        p.put("levels", c.levels().toArray(String[]::new));
        if (!scope.all()) {
            w.append(" and c.owner_id = any(:scopeIds)");
            p.put("scopeIds", scope.ownerIdArray());
        }
        if (owner != null) {
            w.append(" and c.owner_id = :owner");
            p.put("owner", owner);
        }
        return w;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"), (Long) rs.getObject("owner_id"),
                rs.getString("owner_name"), rs.getString("loyalty_rating"), rs.getBigDecimal("p_alive"),
                rs.getBigDecimal("expected_purchases_365"), rs.getBigDecimal("clv"));
    }
}

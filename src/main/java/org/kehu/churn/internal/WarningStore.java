package org.kehu.churn.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.kehu.churn.ChurnAction;
import org.kehu.churn.ChurnHistoryEntry;
import org.kehu.churn.WarningFilter;
import org.kehu.churn.WarningRow;
import org.kehu.churn.WarningState;
import org.kehu.identity.OwnerScope;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The warnings in SQL: the list (longest without a sale first, keyset on last sale and id, which the state
 * index serves), a customer's open warning and history, and each owner action with its history row. The data
 * scope is the customer's owner, read from the customer table as the other modules' lists do.
 */
@Component
public class WarningStore {

    private static final String SELECT = """
            select w.id, w.customer_id, c.code as customer_code, c.name as customer_name, c.owner_id, u.name as owner_name,
                   c.province_code, c.grade_code, w.state, w.last_sale, w.flagged_on, w.postponed_until, w.measure, w.reason_code
              from churn_warning w join customer c on c.id = w.customer_id left join app_user u on u.id = c.owner_id
            """;
    private static final String ORDER = " order by w.last_sale, w.id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    WarningStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate t = new JdbcTemplate(Objects.requireNonNull(template.getDataSource()));
        t.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(t);
    }

    public KeysetPage<WarningRow> page(WarningFilter filter, OwnerScope scope, String after, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        if (Cursor.given(after)) {
            Cursor.Position<LocalDate> at = Cursor.parse(after, "after", LocalDate.class);
            where.append(" and (w.last_sale, w.id) > (:afterDay, :afterId)");
            params.put("afterDay", at.value());
            params.put("afterId", at.id());
        }
        List<WarningRow> rows = jdbc.sql(SELECT + where + ORDER + " limit :limit").params(params)
                .param("limit", size + 1).query(WarningStore::row).list();
        return KeysetPage.forward(rows, size, r -> Cursor.of(r.lastSale(), r.id()));
    }

    public CappedCount count(WarningFilter filter, OwnerScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        return new CappedCount(jdbc.sql(CappedCount.sql("from churn_warning w join customer c on c.id = w.customer_id " + where))
                .params(params).query(Long.class).single());
    }

    /** Streams every matching row in the list's order; call inside a transaction. */
    public void forEach(WarningFilter filter, OwnerScope scope, Consumer<WarningRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        streaming.query(SELECT + where + ORDER, params, rs -> {
            sink.accept(row(rs, 0));
        });
    }

    /** The customer's warning that is not cleared, whoever owns the customer (the caller checks the scope). */
    public Optional<WarningRow> open(long customerId) {
        return jdbc.sql(SELECT + " where w.customer_id = :customer and w.state <> 'CLEARED'").param("customer", customerId)
                .query(WarningStore::row).optional();
    }

    /** Every step of the customer's warnings, newest first: in the order they were written, which a clock set back cannot reorder. */
    public List<ChurnHistoryEntry> history(long customerId) {
        return jdbc.sql("""
                select a.id, a.action, a.at, u.name as actor_name, a.measure, a.until, a.reason_code
                  from churn_action a left join app_user u on u.id = a.actor_id
                 where a.customer_id = :customer order by a.id desc""")
                .param("customer", customerId)
                .query((rs, n) -> new ChurnHistoryEntry(rs.getLong("id"), ChurnAction.valueOf(rs.getString("action")),
                        rs.getTimestamp("at").toInstant(), rs.getString("actor_name"), rs.getString("measure"),
                        rs.getObject("until", LocalDate.class), rs.getString("reason_code")))
                .list();
    }

    /** Rests a pending or postponed warning until a day; false when it was changed meanwhile. */
    public boolean postpone(long warningId, String measure, LocalDate until, long actorId, Instant now) {
        int changed = jdbc.sql("""
                update churn_warning set state = 'POSTPONED', measure = :measure, postponed_until = :until,
                       updated_at = :now, version = version + 1
                 where id = :id and state in ('PENDING', 'POSTPONED')""")
                .param("measure", measure).param("until", until).param("now", Timestamp.from(now)).param("id", warningId)
                .update();
        if (changed == 1) {
            record(warningId, ChurnAction.POSTPONED, measure, until, null, actorId, now);
        }
        return changed == 1;
    }

    /** Confirms a pending or postponed warning with a reason; false when it was changed meanwhile. */
    public boolean confirm(long warningId, String reason, String note, LocalDate today, long actorId, Instant now) {
        int changed = jdbc.sql("""
                update churn_warning set state = 'CONFIRMED', reason_code = :reason, postponed_until = null,
                       closed_on = :today, updated_at = :now, version = version + 1
                 where id = :id and state in ('PENDING', 'POSTPONED')""")
                .param("reason", reason).param("today", today).param("now", Timestamp.from(now)).param("id", warningId)
                .update();
        if (changed == 1) {
            record(warningId, ChurnAction.CONFIRMED, note, null, reason, actorId, now);
        }
        return changed == 1;
    }

    private void record(long warningId, ChurnAction action, String measure, LocalDate until, String reason, Long actorId,
            Instant at) {
        jdbc.sql("""
                insert into churn_action(warning_id, customer_id, action, measure, until, reason_code, actor_id, at)
                select id, customer_id, :action, :measure, :until, :reason, :actor, :at from churn_warning where id = :id""")
                .param("action", action.name()).param("measure", measure).param("until", until).param("reason", reason)
                .param("actor", actorId).param("at", Timestamp.from(at)).param("id", warningId).update();
    }

    private static StringBuilder where(WarningFilter f, OwnerScope scope, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" where w.state = :state");
        p.put("state", f.state().name());
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
        if (f.reason() != null) {
            w.append(" and w.reason_code = :reason");
            p.put("reason", f.reason());
        }
        return w;
    }

    static WarningRow row(ResultSet rs, int n) throws SQLException {
        return new WarningRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_code"),
                rs.getString("customer_name"), (Long) rs.getObject("owner_id"), rs.getString("owner_name"),
                rs.getString("province_code"), rs.getString("grade_code"), WarningState.valueOf(rs.getString("state")),
                rs.getObject("last_sale", LocalDate.class), rs.getObject("flagged_on", LocalDate.class),
                rs.getObject("postponed_until", LocalDate.class), rs.getString("measure"), rs.getString("reason_code"), null);
    }
}

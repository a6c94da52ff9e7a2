package org.kehu.support.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.kehu.identity.OwnerScope;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads follow-up visits with names. The customer's name and owner are read from the customer tables,
 * read-only: the owner is what the data scope filters on, and names stay current after a rename.
 */
@Component
class FollowUpQueries {

    private static final String SELECT = """
            select f.id, f.customer_id, c.name as customer_name, f.contact_id, ct.name as contact_name, f.ticket_id,
                   f.ticket_number, f.planned_on, f.assignee_id, a.name as assignee_name, f.method, f.note, f.result,
                   f.satisfaction, f.done_at, d.name as done_by_name, f.created_at, f.version
              from follow_up f
              join customer c on c.id = f.customer_id
              left join contact ct on ct.id = f.contact_id
              left join app_user a on a.id = f.assignee_id
              left join app_user d on d.id = f.done_by
            """;

    private final JdbcClient jdbc;

    FollowUpQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FollowUpView> find(long id, OwnerScope scope) {
        Where w = where(FollowUpFilter.of("all"), scope, 0, LocalDate.MIN);
        return jdbc.sql(SELECT + w.sql + " and f.id = :id").params(w.params).param("id", id)
                .query(FollowUpView.class).optional();
    }

    KeysetPage<FollowUpView> page(FollowUpFilter filter, OwnerScope scope, long me, LocalDate today, String after, int size) {
        Where w = where(filter, scope, me, today);
        String sql = SELECT + w.sql;
        if (Cursor.given(after)) {
            Cursor.Position<LocalDate> at = Cursor.parse(after, "after", LocalDate.class);
            sql += filter.newestFirst() ? " and (f.planned_on, f.id) < (:afterDate, :afterId)"
                    : " and (f.planned_on, f.id) > (:afterDate, :afterId)";
            w.params.put("afterDate", at.value());
            w.params.put("afterId", at.id());
        }
        sql += filter.newestFirst() ? " order by f.planned_on desc, f.id desc" : " order by f.planned_on, f.id";
        List<FollowUpView> rows = jdbc.sql(sql + " limit :size").params(w.params).param("size", size + 1)
                .query(FollowUpView.class).list();
        return KeysetPage.forward(rows, size, v -> Cursor.of(v.plannedOn(), v.id()));
    }

    CappedCount count(FollowUpFilter filter, OwnerScope scope, long me, LocalDate today) {
        Where w = where(filter, scope, me, today);
        return new CappedCount(jdbc.sql(CappedCount.sql("from follow_up f join customer c on c.id = f.customer_id" + w.sql))
                .params(w.params).query(Long.class).single());
    }

    void forEach(FollowUpFilter filter, OwnerScope scope, long me, LocalDate today, Consumer<FollowUpView> sink) {
        Where w = where(filter, scope, me, today);
        jdbc.sql(SELECT + w.sql + (filter.newestFirst() ? " order by f.planned_on desc, f.id desc" : " order by f.planned_on, f.id"))
                .params(w.params).withFetchSize(500).query(FollowUpView.class).stream().forEach(sink);
    }

    List<FollowUpView> ofCustomer(long customerId) {
        return jdbc.sql(SELECT + " where f.customer_id = :customer order by f.planned_on desc, f.id desc limit 200")
                .param("customer", customerId).query(FollowUpView.class).list();
    }

    private record Where(String sql, java.util.Map<String, Object> params) {
    }

    private static Where where(FollowUpFilter f, OwnerScope scope, long me, LocalDate today) {
        StringBuilder sql = new StringBuilder(" where true");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (!scope.all()) {
            sql.append(" and c.owner_id = any(:owners)");
            params.put("owners", scope.ownerIds().toArray(Long[]::new));
        }
        switch (f.view()) {
            case "open" -> sql.append(" and f.done_at is null");
            case "mine" -> {
                sql.append(" and f.done_at is null and f.assignee_id = :me");
                params.put("me", me);
            }
            case "due" -> {
                sql.append(" and f.done_at is null and f.planned_on <= :today");
                params.put("today", today);
            }
            case "overdue" -> {
                sql.append(" and f.done_at is null and f.planned_on < :today");
                params.put("today", today);
            }
            case "done" -> sql.append(" and f.done_at is not null");
            default -> {
            }
        }
        if (f.assignee() != null) {
            sql.append(" and f.assignee_id = :assignee");
            params.put("assignee", f.assignee());
        }
        if (f.method() != null) {
            sql.append(" and f.method = :method");
            params.put("method", f.method().name());
        }
        if (f.from() != null) {
            sql.append(" and f.planned_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" and f.planned_on <= :to");
            params.put("to", f.to());
        }
        if (f.q() != null) {
            sql.append(" and (c.name ilike :q or f.ticket_number ilike :q)");
            params.put("q", Like.contains(f.q()));
        }
        return new Where(sql.toString(), params);
    }

    static List<String> columns() {
        return new ArrayList<>(List.of("customer", "contact", "ticketNumber", "plannedOn", "assignee", "method", "status",
                "result", "satisfaction", "doneAt"));
    }
}

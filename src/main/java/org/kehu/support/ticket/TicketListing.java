package org.kehu.support.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.support.TicketStatus;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.kehu.shared.paging.PageBounds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket list: views and filters in SQL, newest first, keyset paging on the id, and a streamed read of the
 * same rows for the exports. Users whose scope is not "all" see the tickets of the customers they may see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('ticket.view')")
public class TicketListing {

    public static final int MAX_PAGE_SIZE = 200;

    private static final String SELECT = """
            select t.id, t.number, t.customer_id, c.name as customer_name, t.type_code, t.priority_code, t.status, t.subject,
                   a.name as assignee_name, t.created_at, t.response_due, t.responded_at, t.resolution_due, t.resolved_at,
                   (t.response_breached or t.resolution_breached
                      or (t.responded_at is null and t.response_due < :now)
                      or (t.resolved_at is null and t.resolution_due < :now)) as breached,
                   ((t.responded_at is null and t.response_warn_at <= :now and t.response_due >= :now)
                      or (t.resolved_at is null and t.resolution_warn_at <= :now and t.resolution_due >= :now)) as at_risk,
                   t.satisfaction
              from ticket t join customer c on c.id = t.customer_id left join app_user a on a.id = t.assignee_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final UserDirectory users;
    private final Clock clock;

    TicketListing(DataSource dataSource, UserDirectory users, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.users = users;
        this.clock = clock;
    }

    /** A page of rows, newest first, after the cursor {@code after} (a {@code next} of an earlier page). */
    public KeysetPage<TicketRow> page(TicketFilter filter, String after, int size) {
        int n = PageBounds.size(size, MAX_PAGE_SIZE);
        Long afterId = Cursor.given(after) ? Cursor.parseId(after, "after") : null;
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = SELECT + where(filter, afterId, params) + " order by t.id desc limit " + (n + 1);
        return KeysetPage.forward(jdbc.query(sql, params, TicketListing::row), n, r -> Cursor.of(r.id()));
    }

    /** Every row of the filter, one at a time, for an export. */
    public void each(TicketFilter filter, Consumer<TicketRow> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        streaming.query(SELECT + where(filter, null, params) + " order by t.id desc", params,
                rs -> {
                    sink.accept(row(rs, 0));
                });
    }

    private String where(TicketFilter f, Long after, MapSqlParameterSource params) {
        CurrentUser me = users.requireCurrentUser();
        params.addValue("now", Timestamp.from(clock.instant()));
        params.addValue("archived", TicketStatus.ARCHIVED.name());
        StringBuilder w = new StringBuilder(" where true");
        OwnerScope scope = users.ownerScope(me);
        if (!scope.all()) {
            w.append(" and c.owner_id = any(:owners)");
            params.addValue("owners", scope.ownerIdArray());
        }
        switch (f.view()) {
            case "mine" -> {
                w.append(" and (t.assignee_id = :me or (t.created_by = :me and t.assignee_id is null))");
                params.addValue("me", me.id());
            }
            case "unassigned" -> {
                w.append(" and t.status in (:unassigned)");
                params.addValue("unassigned", TicketStatus.unassigned().stream().map(Enum::name).toList());
            }
            case "at-risk" -> w.append(" ").append("""
                     and t.status <> :archived
                     and ((t.responded_at is null and t.response_warn_at <= :now and t.response_due >= :now)
                       or (t.resolved_at is null and t.resolution_warn_at <= :now and t.resolution_due >= :now))""");
            case "breached" -> w.append(" ").append("""
                     and (t.response_breached or t.resolution_breached
                       or (t.responded_at is null and t.response_due < :now)
                       or (t.resolved_at is null and t.resolution_due < :now))""");
            default -> {
            }
        }
        if (f.status() != null) {
            w.append(" and t.status = :status");
            params.addValue("status", f.status());
        }
        if (f.type() != null) {
            w.append(" and t.type_code = :type");
            params.addValue("type", f.type());
        }
        if (f.priority() != null) {
            w.append(" and t.priority_code = :priority");
            params.addValue("priority", f.priority());
        }
        if (f.customer() != null) {
            w.append(" and t.customer_id = :customer");
            params.addValue("customer", f.customer());
        }
        if (f.assignee() != null) {
            w.append(" and t.assignee_id = :assignee");
            params.addValue("assignee", f.assignee());
        }
        if (f.q() != null) {
            w.append(" and (t.number ilike :q or t.subject ilike :q or c.name ilike :q)");
            params.addValue("q", Like.contains(f.q()));
        }
        if (after != null) {
            w.append(" and t.id < :after");
            params.addValue("after", after);
        }
        return w.toString();
    }

    static TicketRow row(ResultSet rs, int n) throws SQLException {
        return new TicketRow(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
                rs.getString("customer_name"), rs.getString("type_code"), rs.getString("priority_code"),
                rs.getString("status"), rs.getString("subject"), rs.getString("assignee_name"),
                TicketStore.instant(rs, "created_at"), TicketStore.instant(rs, "response_due"),
                TicketStore.instant(rs, "responded_at"), TicketStore.instant(rs, "resolution_due"),
                TicketStore.instant(rs, "resolved_at"), rs.getBoolean("breached"), rs.getBoolean("at_risk"),
                (Integer) rs.getObject("satisfaction", Integer.class));
    }
}

package org.kehu.office.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kehu.identity.OwnerScope;
import org.kehu.office.TaskKind;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The task list in SQL: the data scope (the assignee is the owner), the filters, keyset paging on
 * (due time, id) and a count that stops early. Names are added by the caller.
 */
@Component
public class TaskQuery {

    private static final String COLUMNS = "select id, kind, title, due_at, end_at, place, assignee_id, priority, status,"
            + " completed_at, customer_id from task";

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page after {@code after} or before {@code before} (cursors of earlier pages), by due time. */
    public KeysetPage<TaskRow> page(TaskFilter filter, long me, OwnerScope scope, String after, String before, int size) {
        Where where = where(filter, me, scope);
        boolean backwards = !Cursor.given(after) && Cursor.given(before);
        String cursor = backwards ? before : Cursor.given(after) ? after : null;
        if (cursor != null) {
            Cursor.Position<Instant> at = Cursor.parse(cursor, backwards ? "before" : "after", Instant.class);
            where.add("(due_at, id) " + (backwards ? "<" : ">") + " (:cursorDue, :cursorId)");
            where.params.put("cursorDue", Timestamp.from(at.value()));
            where.params.put("cursorId", at.id());
        }
        String order = backwards ? " order by due_at desc, id desc" : " order by due_at, id";
        List<TaskRow> rows = jdbc.sql(COLUMNS + where.sql() + order + " limit " + (size + 1))
                .params(where.params).query(this::row).list();
        return KeysetPage.of(rows, size, backwards, cursor != null, false, r -> Cursor.of(r.dueAt(), r.id()));
    }

    /** The number of matching tasks, counted as far as the pager shows. */
    public CappedCount count(TaskFilter filter, long me, OwnerScope scope) {
        Where where = where(filter, me, scope);
        return new CappedCount(jdbc.sql(CappedCount.sql("from task" + where.sql())).params(where.params)
                .query(Long.class).single());
    }

    /** Every matching task in due order, one at a time, for the export. */
    public void forEach(TaskFilter filter, long me, OwnerScope scope, Consumer<TaskRow> sink) {
        Where where = where(filter, me, scope);
        jdbc.sql(COLUMNS + where.sql() + " order by due_at, id").params(where.params)
                .query((ResultSet rs) -> sink.accept(row(rs, 0)));
    }

    /** The tasks of {@code assignees} whose time overlaps [from, to), cancelled ones left out: the calendar. */
    public List<TaskRow> overlapping(List<Long> assignees, Instant from, Instant to) {
        if (assignees.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " " + """
                 where assignee_id = any(:assignees) and status <> 'CANCELLED'
                   and due_at < :to and coalesce(end_at, due_at) >= :from
                 order by due_at, id""")
                .param("assignees", assignees.toArray(Long[]::new)).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).query(this::row).list();
    }

    /** Open tasks of one assignee due before {@code until} (overdue ones included), earliest first. */
    /** The assignee's open tasks due in [from, until), earliest first, or latest first when {@code latestFirst}. */
    public List<TaskRow> openDueBetween(long assignee, Instant from, Instant until, boolean latestFirst, int limit) {
        return jdbc.sql(COLUMNS + " where assignee_id = :assignee and status = 'OPEN' and due_at >= :from and due_at < :until"
                + (latestFirst ? " order by due_at desc, id desc" : " order by due_at, id") + " limit :limit")
                .param("assignee", assignee).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .param("limit", limit).query(this::row).list();
    }

    public long countOpenDueBetween(long assignee, Instant from, Instant until) {
        return jdbc.sql("""
                select count(*) from task
                 where assignee_id = :assignee and status = 'OPEN' and due_at >= :from and due_at < :until""")
                .param("assignee", assignee).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(Long.class).single();
    }

    /** Each of these assignees' open tasks due in a period, on the assignee/due index; assignees with none are absent. */
    public Map<Long, Long> countOpenDueBetweenByAssignee(Long[] assignees, Instant from, Instant until) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select assignee_id, count(*) from task
                 where assignee_id = any(:assignees) and status = 'OPEN' and due_at >= :from and due_at < :until
                 group by assignee_id""")
                .param("assignees", assignees).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** A customer's tasks whose assignee is within the scope, newest due time first. */
    public List<TaskRow> ofCustomer(long customerId, OwnerScope scope, boolean openOnly, int limit) {
        Where where = new Where();
        where.add("customer_id = :customer");
        where.params.put("customer", customerId);
        scope(where, scope);
        if (openOnly) {
            where.add("status = 'OPEN'");
        }
        return jdbc.sql(COLUMNS + where.sql() + (openOnly ? " order by due_at, id" : " order by due_at desc, id desc")
                + " limit " + limit).params(where.params).query(this::row).list();
    }

    /** The customers of the tasks the user sees (their own, or their scope's for {@code team}): the filter's choices. */
    public List<Long> customerIds(boolean team, long me, OwnerScope scope, int limit) {
        Where where = new Where();
        where.add("customer_id is not null");
        if (team) {
            scope(where, scope);
        } else {
            where.add("assignee_id = :me");
            where.params.put("me", me);
        }
        return jdbc.sql("select customer_id from task" + where.sql() + " group by customer_id order by max(due_at) desc limit " + limit)
                .params(where.params).query(Long.class).list();
    }

    private Where where(TaskFilter filter, long me, OwnerScope scope) {
        Where where = new Where();
        if (filter.team()) {
            scope(where, scope);
        } else {
            where.add("assignee_id = :me");
            where.params.put("me", me);
        }
        if (filter.assignee() != null) {
            where.add(scope.permits(filter.assignee()) || filter.assignee() == me ? "assignee_id = :assignee" : "false");
            where.params.put("assignee", filter.assignee());
        }
        TaskFilter.Window window;
        TaskStatus status;
        try {
            window = filter.window(clock);
            status = filter.overdueOnly() ? TaskStatus.OPEN : filter.statusOrNull();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(e.getMessage().startsWith("Unknown period") ? "period" : "status",
                    "office.error.filter");
        }
        if (status != null) {
            where.add("status = :status");
            where.params.put("status", status.name());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            where.params.put("kind", filter.kind().name());
        }
        if (window.from() != null) {
            where.add("due_at >= :from");
            where.params.put("from", Timestamp.from(window.from()));
        }
        if (window.to() != null) {
            where.add("due_at < :to");
            where.params.put("to", Timestamp.from(window.to()));
        }
        if (filter.customer() != null) {
            where.add("customer_id = :customer");
            where.params.put("customer", filter.customer());
        }
        if (filter.opportunity() != null) {
            where.add("opportunity_id = :opportunity");
            where.params.put("opportunity", filter.opportunity());
        }
        return where;
    }

    private static void scope(Where where, OwnerScope scope) {
        if (!scope.all()) {
            where.add("assignee_id = any(:scope)");
            where.params.put("scope", scope.ownerIdArray());
        }
    }

    private TaskRow row(ResultSet rs, int n) throws SQLException {
        Instant due = rs.getTimestamp("due_at").toInstant();
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        Timestamp end = rs.getTimestamp("end_at");
        Timestamp completed = rs.getTimestamp("completed_at");
        return new TaskRow(rs.getLong("id"), TaskKind.valueOf(rs.getString("kind")), rs.getString("title"), due,
                end == null ? null : end.toInstant(), rs.getString("place"), rs.getLong("assignee_id"), null,
                TaskPriority.valueOf(rs.getString("priority")), status, completed == null ? null : completed.toInstant(),
                rs.getObject("customer_id", Long.class), null, status == TaskStatus.OPEN && due.isBefore(clock.instant()));
    }

    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        void add(String condition) {
            conditions.add(condition);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}

package org.kehu.sales.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of opportunities: the filtered list with keyset paging, its streamed export, the kanban
 * cards and the funnel, each aggregated or filtered in SQL within the signed-in user's data scope.
 */
@Service
@Transactional(readOnly = true)
public class OpportunityQueries {

    private static final String ROW = """
            select o.id, o.prospect_name, o.summary, o.source_code, o.stage_code, o.status, o.probability,
                   o.expected_amount, o.expected_close_date, o.owner_id, u.name as owner_name, o.contact_name,
                   o.created_at, o.customer_id
              from opportunity o join app_user u on u.id = o.owner_id
            """;

    private final JdbcClient jdbc;
    private final UserDirectory users;

    OpportunityQueries(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @PreAuthorize("hasAuthority('opportunity.view')")
    public KeysetPage<OpportunityRow> page(OpportunityFilter filter, String after, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        if (Cursor.given(after)) {
            Cursor.Position<Instant> at = Cursor.parse(after, "after", Instant.class);
            where.append(" and (o.created_at, o.id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(at.value()));
            params.put("afterId", at.id());
        }
        params.put("limit", size + 1);
        List<OpportunityRow> rows = jdbc.sql(ROW + where + " order by o.created_at desc, o.id desc limit :limit")
                .params(params).query(OpportunityQueries::row).list();
        return KeysetPage.forward(rows, size, r -> Cursor.of(r.createdAt(), r.id()));
    }

    /** Every row of the filter, newest first, handed to {@code sink} one by one as the database sends them. */
    @PreAuthorize("hasAuthority('opportunity.export')")
    public void export(OpportunityFilter filter, Consumer<OpportunityRow> sink) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        try (Stream<OpportunityRow> rows = jdbc.sql(ROW + where + " order by o.created_at desc, o.id desc")
                .withFetchSize(500).params(params).query(OpportunityQueries::row).stream()) {
            rows.forEach(sink);
        }
    }

    /** The open opportunities in the scope (owner filter optional), by stage, the latest changed first. */
    @PreAuthorize("hasAuthority('opportunity.view')")
    public Map<String, List<OpportunityRow>> kanban(Long owner) {
        OpportunityFilter filter = new OpportunityFilter();
        filter.setOwner(owner);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        where.append(" and o.status in ('NEW', 'ASSIGNED', 'DEVELOPING')");
        Map<String, List<OpportunityRow>> byStage = new java.util.LinkedHashMap<>();
        jdbc.sql(ROW + where + " order by o.updated_at desc, o.id desc limit 1000").params(params)
                .query(OpportunityQueries::row).list()
                .forEach(r -> byStage.computeIfAbsent(r.stageCode(), s -> new ArrayList<>()).add(r));
        return byStage;
    }

    /** Counts and amounts per stage in the dictionary's order, then a row for the won ones. */
    @PreAuthorize("hasAuthority('opportunity.view')")
    public List<FunnelRow> funnel(OpportunityFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String monthly = monthlyGroups(filter, params);
        String sql = monthly != null ? funnelOver(monthly) : funnelSql(where(filter, params).toString());
        return funnelRows(jdbc.sql(sql).params(params));
    }

    /** The rows of a funnel statement, each stage's conversion from the one before. */
    static List<FunnelRow> funnelRows(JdbcClient.StatementSpec statement) {
        List<Object[]> raw = statement
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5),
                        rs.getBigDecimal(6)})
                .list();
        List<FunnelRow> rows = new ArrayList<>();
        Long previous = null;
        for (Object[] r : raw) {
            long reached = (Long) r[3];
            Double conversion = previous == null || previous == 0 ? null : Math.round(1000.0 * reached / previous) / 10.0;
            rows.add(new FunnelRow((String) r[0], (Long) r[1], (BigDecimal) r[2], reached, (BigDecimal) r[4], conversion));
            previous = reached;
        }
        return rows;
    }

    /**
     * The funnel's SQL around a {@code where} clause on {@code opportunity o}; public so that the benchmark runs the
     * very text the page runs. The rows are grouped by the columns themselves before the stages' order is joined: the
     * planner knows how few stage and status values there are, so it aggregates in a hash table, in parallel, instead
     * of sorting every row of the period by a computed stage index (which spilled to disk at a million rows).
     */
    public static String funnelSql(String where) {
        return funnelOver("select o.stage_code, o.status, count(*) as n, coalesce(sum(o.expected_amount), 0) as amount"
                + " from opportunity o " + where + " group by o.stage_code, o.status");
    }

    /** The funnel around a query of counts and amounts per stage and status (columns stage_code, status, n, amount). */
    static String funnelOver(String groups) {
        return """
                with s as (select code, row_number() over (order by sort_order, code) as idx
                             from dict_entry where type = 'OPPORTUNITY_STAGE'),
                     agg as (select s.idx, g.status, g.n, g.amount
                               from (""" + groups + ") g join s on s.code = g.stage_code)\n" + """
                select s.code, s.idx,
                       coalesce(sum(a.n) filter (where a.idx = s.idx and a.status in ('NEW', 'ASSIGNED', 'DEVELOPING')), 0) as open_n,
                       coalesce(sum(a.amount) filter (where a.idx = s.idx and a.status in ('NEW', 'ASSIGNED', 'DEVELOPING')), 0) as open_amount,
                       coalesce(sum(a.n), 0) as reached_n, coalesce(sum(a.amount), 0) as reached_amount
                  from s left join agg a on a.idx >= s.idx or a.status = 'WON'
                 group by s.code, s.idx
                union all
                select null, 1000000, 0, 0, coalesce(sum(a.n), 0), coalesce(sum(a.amount), 0) from agg a where a.status = 'WON'
                 order by 2""";
    }

    /** The customer's opportunities that the signed-in user may see, for its card and its timeline. */
    @PreAuthorize("hasAuthority('opportunity.view')")
    public List<OpportunityRow> ofCustomerInScope(long customerId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(new OpportunityFilter(), params);
        params.put("customer", customerId);
        return jdbc.sql(ROW + where + " and o.customer_id = :customer order by o.created_at desc limit 100").params(params)
                .query(OpportunityQueries::row).list();
    }

    /**
     * The funnel's counts per stage and status from the monthly totals ({@code opportunity_funnel_month}, kept by
     * triggers in the same transactions as the opportunities) for the whole months of the period, and from the
     * opportunities for the days at its edges; null when the filter asks what the totals do not hold (source, text) or
     * the period has no whole month. A period that ends today counts its month whole when nothing was created after
     * the period's end (one probe of the creation index): the month's rows are then exactly the period's days.
     */
    private String monthlyGroups(OpportunityFilter f, Map<String, Object> params) {
        if (f.getSource() != null || f.getQ() != null) {
            return null;
        }
        LocalDate from = f.getFrom();
        LocalDate end = f.getTo() == null ? null : f.getTo().plusDays(1);
        LocalDate monthFrom = from == null || from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthEnd = end == null ? null : end.withDayOfMonth(1);
        if (end != null && end.getDayOfMonth() != 1 && !createdBetween(end, monthEnd.plusMonths(1))) {
            monthEnd = monthEnd.plusMonths(1);
        }
        if (monthFrom != null && monthEnd != null && !monthFrom.isBefore(monthEnd)) {
            return null;
        }
        StringBuilder counted = new StringBuilder(" where true");
        counted(f, params, "f", counted);
        StringBuilder rows = new StringBuilder(" where true");
        counted(f, params, "o", rows);
        StringBuilder sql = new StringBuilder("select stage_code, status, sum(n)::bigint as n, sum(amount) as amount from (")
                .append("select f.stage_code, f.status, f.n, f.amount from opportunity_funnel_month f").append(counted);
        if (monthFrom != null) {
            sql.append(" and f.month >= :fmMonthFrom");
            params.put("fmMonthFrom", monthFrom);
        }
        if (monthEnd != null) {
            sql.append(" and f.month < :fmMonthEnd");
            params.put("fmMonthEnd", monthEnd);
        }
        String edge = " union all select o.stage_code, o.status, count(*), coalesce(sum(o.expected_amount), 0) from opportunity o"
                + rows + " and o.created_at >= :%s and o.created_at < :%s group by 1, 2";
        if (from != null && from.isBefore(monthFrom)) {
            sql.append(edge.formatted("fmFrom", "fmFromEnd"));
            params.put("fmFrom", startOf(from));
            params.put("fmFromEnd", startOf(monthFrom));
        }
        if (end != null && monthEnd.isBefore(end)) {
            sql.append(edge.formatted("fmEndFrom", "fmEnd"));
            params.put("fmEndFrom", startOf(monthEnd));
            params.put("fmEnd", startOf(end));
        }
        return sql.append(") m group by stage_code, status").toString();
    }

    private boolean createdBetween(LocalDate from, LocalDate end) {
        return jdbc.sql("select exists (select 1 from opportunity where created_at >= :from and created_at < :end)")
                .param("from", startOf(from)).param("end", startOf(end)).query(Boolean.class).single();
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(BusinessTime.ZONE).toInstant());
    }

    private StringBuilder where(OpportunityFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true");
        counted(f, params, "o", w);
        if (f.getSource() != null) {
            w.append(" and o.source_code = :source");
            params.put("source", f.getSource());
        }
        if (f.getQ() != null) {
            w.append(" and (o.prospect_name ilike :q or o.summary ilike :q or o.contact_name ilike :q)");
            params.put("q", Like.contains(f.getQ()));
        }
        if (f.getFrom() != null) {
            w.append(" and o.created_at >= :from");
            params.put("from", Timestamp.from(f.getFrom().atStartOfDay(BusinessTime.ZONE).toInstant()));
        }
        if (f.getTo() != null) {
            w.append(" and o.created_at < :to");
            params.put("to", Timestamp.from(f.getTo().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()));
        }
        return w;
    }

    /** The conditions on the columns that the monthly funnel totals hold as well, on the table called {@code alias}. */
    private void counted(OpportunityFilter f, Map<String, Object> params, String alias, StringBuilder w) {
        OwnerScope scope = users.ownerScope();
        if (!scope.all()) {
            w.append(" and ").append(alias).append(".owner_id = any(:scope)");
            params.put("scope", scope.ownerIdArray());
        }
        if (f.getStatus() != null) {
            w.append(" and ").append(alias).append(".status = :status");
            params.put("status", f.getStatus());
        }
        if (f.getStage() != null) {
            w.append(" and ").append(alias).append(".stage_code = :stage");
            params.put("stage", f.getStage());
        }
        if (f.getOwner() != null) {
            w.append(" and ").append(alias).append(".owner_id = :owner");
            params.put("owner", f.getOwner());
        }
        if (f.getDepartment() != null) {
            w.append(" and ").append(alias).append(".owner_id = any(:department)");
            params.put("department", users.usersInDepartmentTree(f.getDepartment()).toArray(Long[]::new));
        }
    }

    static OpportunityRow row(ResultSet rs, int n) throws SQLException {
        java.sql.Date close = rs.getDate("expected_close_date");
        return new OpportunityRow(rs.getLong("id"), rs.getString("prospect_name"), rs.getString("summary"),
                rs.getString("source_code"), rs.getString("stage_code"), rs.getString("status"), rs.getInt("probability"),
                rs.getBigDecimal("expected_amount"), close == null ? null : close.toLocalDate(), rs.getLong("owner_id"),
                rs.getString("owner_name"), rs.getString("contact_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getObject("customer_id", Long.class));
    }
}

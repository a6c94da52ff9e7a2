package org.kehu.marketing.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.marketing.MarketingChannel;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing plans (营销方案): written by marketing, submitted, and approved or rejected with a reason by a user who may
 * approve (a director); a change names the version it was made from.
 */
@Service
public class MarketingPlans {

    private static final String SELECT = """
            select p.id, p.name, p.goal, p.segment_id, s.name as segment_name, p.channels, p.budget, p.period_start,
                   p.period_end, p.status, d.name as decided_by_name, p.decided_at, p.decision_reason,
                   c.name as created_by_name, p.updated_at, p.version
              from marketing_plan p left join marketing_segment s on s.id = p.segment_id
              left join app_user d on d.id = p.decided_by left join app_user c on c.id = p.created_by
            """;

    private final JdbcClient jdbc;
    private final UserDirectory users;

    MarketingPlans(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public KeysetPage<PlanDetails> list(String after, int size) {
        int n = PageBounds.size(size, 200);
        return KeysetPage.forward(jdbc.sql(SELECT + " where (cast(:after as bigint) is null or p.id < :after) order by p.id desc limit :limit")
                .param("after", Cursor.given(after) ? Cursor.parseId(after, "after") : null).param("limit", n + 1)
                .query(MarketingPlans::plan).list(), n, p -> Cursor.of(p.id()));
    }

    public PlanDetails get(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(MarketingPlans::plan).optional()
                .orElseThrow(() -> new RecordNotFoundException("Plan", id));
    }

    @Transactional
    public PlanDetails create(PlanInput in) {
        check(in);
        long id = jdbc.sql("""
                insert into marketing_plan(name, goal, segment_id, channels, budget, period_start, period_end, created_by, updated_by)
                values (:name, :goal, :segment, :channels, :budget, :start, :end, :user, :user) returning id""")
                .params(values(in)).param("user", users.requireCurrentUser().id()).query(Long.class).single();
        return get(id);
    }

    @Transactional
    public PlanDetails update(long id, PlanInput in) {
        PlanDetails p = get(id);
        if (!p.status().editable()) {
            throw new RuleViolationException("marketing.plan.error.not-editable", "Only a draft or a rejected plan can be changed.");
        }
        check(in);
        if (in.version() == null) {
            throw InvalidInputException.of("version", "marketing.plan.error.version");
        }
        int n = jdbc.sql("""
                update marketing_plan set name = :name, goal = :goal, segment_id = :segment, channels = :channels,
                       budget = :budget, period_start = :start, period_end = :end, updated_by = :user, updated_at = now(),
                       version = version + 1
                 where id = :id and version = :version""").params(values(in))
                .param("user", users.requireCurrentUser().id()).param("id", id).param("version", in.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Plan", id);
        }
        return get(id);
    }

    /** Hands a draft (or a rejected plan, changed) to the directors. */
    @Transactional
    public PlanDetails submit(long id, long version) {
        PlanDetails p = get(id);
        if (!p.status().canSubmit()) {
            throw new RuleViolationException("marketing.plan.error.not-submittable", "Only a draft or a rejected plan can be submitted.");
        }
        move(id, version, PlanStatus.SUBMITTED, null, false);
        return get(id);
    }

    @Transactional
    public PlanDetails approve(long id, long version) {
        decide(id, version, PlanStatus.APPROVED, null);
        return get(id);
    }

    /** Rejects a submitted plan; the reason is required and shown to the writer. */
    @Transactional
    public PlanDetails reject(long id, long version, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw InvalidInputException.of("reason", "marketing.plan.error.reason-required");
        }
        if (!InputLimits.fitsLength(r, 500)) {
            throw InvalidInputException.of("reason", "marketing.plan.error.too-long");
        }
        decide(id, version, PlanStatus.REJECTED, r);
        return get(id);
    }

    private void decide(long id, long version, PlanStatus to, String reason) {
        CurrentUser user = users.requireCurrentUser();
        if (!user.can(Permission.MARKETING_PLAN_APPROVE)) {
            throw new org.springframework.security.access.AccessDeniedException("marketing.plan.approve");
        }
        if (!get(id).status().canDecide()) {
            throw new RuleViolationException("marketing.plan.error.not-submitted", "Only a submitted plan can be approved or rejected.");
        }
        move(id, version, to, reason, true);
    }

    private void move(long id, long version, PlanStatus to, String reason, boolean decision) {
        int n = jdbc.sql("""
                update marketing_plan set status = :status, decision_reason = :reason,
                       decided_by = case when :decision then :user end, decided_at = case when :decision then now() end,
                       updated_by = :user, updated_at = now(), version = version + 1
                 where id = :id and version = :version""")
                .param("status", to.name()).param("reason", reason).param("decision", decision)
                .param("user", users.requireCurrentUser().id()).param("id", id).param("version", version).update();
        if (n == 0) {
            throw new ConcurrentEditException("Plan", id);
        }
    }

    private void check(PlanInput in) {
        Map<String, String> e = new LinkedHashMap<>();
        if (in.name() == null || in.name().isEmpty()) {
            e.put("name", "marketing.plan.error.required");
        } else if (!InputLimits.fitsLength(in.name(), 200)) {
            e.put("name", "marketing.plan.error.too-long");
        }
        if (in.goal() == null || in.goal().isEmpty()) {
            e.put("goal", "marketing.plan.error.required");
        } else if (!InputLimits.fitsLength(in.goal(), InputLimits.LONG_TEXT)) {
            e.put("goal", "marketing.plan.error.too-long");
        }
        List<String> names = Arrays.stream(MarketingChannel.values()).map(Enum::name).toList();
        if (in.channels().isEmpty()) {
            e.put("channels", "marketing.plan.error.channel-required");
        } else if (!names.containsAll(in.channels())) {
            e.put("channels", "marketing.plan.error.unknown");
        }
        if (in.budget() == null) {
            e.put("budget", "marketing.plan.error.required");
        } else if (in.budget().signum() < 0 || !InputLimits.fitsNumeric(in.budget(), 14, 2)) {
            e.put("budget", "marketing.plan.error.budget");
        }
        period(e, in.periodStart(), in.periodEnd());
        if (in.segmentId() != null && !jdbc.sql("select exists (select 1 from marketing_segment where id = :id)")
                .param("id", in.segmentId()).query(Boolean.class).single()) {
            e.put("segmentId", "marketing.plan.error.unknown");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
    }

    /** The period's checks, shared with the research records. */
    static void period(Map<String, String> e, LocalDate start, LocalDate end) {
        if (start == null) {
            e.put("periodStart", "marketing.plan.error.required");
        } else if (!InputLimits.isWithinDateRange(start)) {
            e.put("periodStart", "marketing.plan.error.date");
        }
        if (end == null) {
            e.put("periodEnd", "marketing.plan.error.required");
        } else if (!InputLimits.isWithinDateRange(end)) {
            e.put("periodEnd", "marketing.plan.error.date");
        } else if (start != null && end.isBefore(start)) {
            e.put("periodEnd", "marketing.plan.error.period");
        }
    }

    private static Map<String, Object> values(PlanInput in) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", in.name());
        p.put("goal", in.goal());
        p.put("segment", in.segmentId());
        p.put("channels", in.channels().toArray(String[]::new));
        p.put("budget", in.budget());
        p.put("start", in.periodStart());
        p.put("end", in.periodEnd());
        return p;
    }

    private static PlanDetails plan(ResultSet rs, int n) throws SQLException {
        Array channels = rs.getArray("channels");
        return new PlanDetails(rs.getLong("id"), rs.getString("name"), rs.getString("goal"),
                (Long) rs.getObject("segment_id"), rs.getString("segment_name"),
                channels == null ? List.of() : List.of((String[]) channels.getArray()), rs.getBigDecimal("budget"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("decided_by_name"), instant(rs, "decided_at"),
                rs.getString("decision_reason"), rs.getString("created_by_name"), instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

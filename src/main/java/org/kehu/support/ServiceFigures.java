package org.kehu.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service figures for the dashboards, counted in SQL within the reader's data scope (the tickets, follow-ups and
 * survey answers of the customers they may see, as the lists show them): open tickets and their service levels,
 * follow-ups due, satisfaction per month.
 */
@Service
@Transactional(readOnly = true)
public class ServiceFigures {

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Clock clock;

    ServiceFigures(JdbcClient jdbc, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** Open tickets, mine, at risk, breached, and follow-ups due: what the ticket list's views count. */
    @PreAuthorize("hasAuthority('ticket.view')")
    public ServiceOverview overview() {
        CurrentUser me = users.requireCurrentUser();
        OwnerScope scope = users.ownerScope(me);
        String inScope = scope.all() ? "" : " and c.owner_id = any(:owners)";
        Timestamp now = Timestamp.from(clock.instant());
        var tickets = jdbc.sql("""
                select count(*),
                       count(*) filter (where t.assignee_id = :me),
                       count(*) filter (where (t.responded_at is null and t.response_warn_at <= :now and t.response_due >= :now)
                                           or (t.resolved_at is null and t.resolution_warn_at <= :now and t.resolution_due >= :now)),
                       count(*) filter (where t.response_breached or t.resolution_breached
                                           or (t.responded_at is null and t.response_due < :now)
                                           or (t.resolved_at is null and t.resolution_due < :now))
                  from ticket t join customer c on c.id = t.customer_id
                 where t.status <> 'ARCHIVED'""" + inScope)
                .param("me", me.id()).param("now", now);
        var followUps = jdbc.sql("""
                select count(*) from follow_up f join customer c on c.id = f.customer_id
                 where f.done_at is null and f.planned_on <= :today""" + inScope)
                .param("today", java.sql.Date.valueOf(LocalDate.now(clock.withZone(BusinessTime.ZONE))));
        if (!scope.all()) {
            tickets = tickets.param("owners", scope.ownerIdArray());
            followUps = followUps.param("owners", scope.ownerIdArray());
        }
        long due = followUps.query(Long.class).single();
        return tickets.query((rs, n) -> new ServiceOverview(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), due))
                .single();
    }

    /** The last {@code count} months up to {@code last}, oldest first: the mean of the 1–5 survey answers given. */
    @PreAuthorize("hasAuthority('survey.view')")
    public List<MonthlySatisfaction> satisfaction(YearMonth last, int count) {
        OwnerScope scope = users.ownerScope();
        YearMonth first = last.minusMonths(count - 1L);
        var spec = jdbc.sql("""
                select cast(extract(year from i.answered_at at time zone :zone) as int),
                       cast(extract(month from i.answered_at at time zone :zone) as int),
                       sum(a.scale_value), count(*)
                  from survey_invitation i join survey_answer a on a.invitation_id = i.id and a.scale_value is not null
                """ + (scope.all() ? "" : " join customer c on c.id = i.customer_id and c.owner_id = any(:owners)") + """
                 where i.answered_at is not null and i.answered_at >= :from and i.answered_at < :to
                 group by 1, 2""")
                .param("zone", BusinessTime.ZONE.getId())
                .param("from", Timestamp.from(first.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param("to", Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant()));
        if (!scope.all()) {
            spec = spec.param("owners", scope.ownerIdArray());
        }
        Map<YearMonth, MonthlySatisfaction> byMonth = new HashMap<>();
        spec.query(rs -> {
            YearMonth m = YearMonth.of(rs.getInt(1), rs.getInt(2));
            byMonth.put(m, new MonthlySatisfaction(m, rs.getLong(4), rs.getLong(3)));
        });
        List<MonthlySatisfaction> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(byMonth.getOrDefault(m, new MonthlySatisfaction(m, 0, 0)));
        }
        return months;
    }
}

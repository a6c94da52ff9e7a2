package org.kehu.analytics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kehu.analytics.targets.TargetPeople;
import org.kehu.analytics.targets.TargetStore;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revenue against targets for the dashboards: the signed-in user's month, their team's per person, the months of
 * their whole scope and its top customers. Revenue comes from the sales read model, summed in SQL; the signed-in
 * user's data scope always applies (an account manager's "scope" is himself).
 */
@Service
@Transactional(readOnly = true)
@org.springframework.security.access.prepost.PreAuthorize("hasAuthority('report.view')")
public class SalesPerformance {

    private final TargetStore store;
    private final TargetPeople people;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final TrailingTotals trailing;

    SalesPerformance(TargetStore store, TargetPeople people, UserDirectory users, JdbcClient jdbc, TrailingTotals trailing) {
        this.store = store;
        this.people = people;
        this.users = users;
        this.jdbc = jdbc;
        this.trailing = trailing;
    }

    /** The signed-in user's own month. */
    public MonthPerformance mine(YearMonth month) {
        long me = users.requireCurrentUser().id();
        return of(List.of(me), month).getOrDefault(me, new MonthPerformance(month, null, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** Each seller within the signed-in user's scope (a director's department), by department and name. */
    public List<PersonPerformance> team(YearMonth month) {
        CurrentUser me = users.requireCurrentUser();
        List<UserSummary> team = people.of(me, null, null);
        Map<Long, MonthPerformance> figures = of(team.stream().map(UserSummary::id).toList(), month);
        return team.stream().map(u -> new PersonPerformance(u.id(), u.name(), figures.get(u.id()))).toList();
    }

    /**
     * The last {@code count} months up to {@code last}, oldest first, of the whole scope: its revenue, the sum of its
     * people's targets and the revenue a year before.
     */
    public List<MonthPerformance> months(YearMonth last, int count) {
        OwnerScope scope = users.ownerScope();
        YearMonth first = last.minusMonths(count - 1L);
        Map<YearMonth, BigDecimal> revenue = revenueByMonth(scope, first.minusYears(1), last);
        Map<YearMonth, BigDecimal> targets = store.totalTargets(first, last, scope.all() ? null : scope.ownerIds());
        List<MonthPerformance> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new MonthPerformance(m, targets.get(m), revenue.getOrDefault(m, BigDecimal.ZERO),
                    revenue.getOrDefault(m.minusYears(1), BigDecimal.ZERO)));
        }
        return months;
    }

    /** The customers with the most revenue between two days (the second excluded), within the scope, largest first. */
    public List<CustomerRevenue> topCustomers(LocalDate from, LocalDate to, int limit) {
        OwnerScope scope = users.ownerScope();
        int rows = Math.max(0, Math.min(limit, 100));
        if (scope.all() && trailing.covers(from, to.minusDays(1))) {
            // The last twelve months of everyone: the per-customer totals, read in the order of their index.
            return jdbc.sql("""
                    select customer_id, amount from analytics_customer_trailing where amount > 0
                     order by amount desc, customer_id limit :limit""").param("limit", rows)
                    .query((rs, n) -> new CustomerRevenue(rs.getLong(1), rs.getBigDecimal(2))).list();
        }
        var spec = jdbc.sql("""
                select customer_id, sum(amount) as revenue from analytics_sales_day
                 where day >= :from and day < :to""" + (scope.all() ? "" : " and owner_id = any(:owners)")
                + " group by customer_id having sum(amount) > 0 order by revenue desc, customer_id limit :limit")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("limit", rows);
        if (!scope.all()) {
            spec = spec.param("owners", scope.ownerIdArray());
        }
        return spec.query((rs, n) -> new CustomerRevenue(rs.getLong(1), rs.getBigDecimal(2))).list();
    }

    private Map<YearMonth, BigDecimal> revenueByMonth(OwnerScope scope, YearMonth first, YearMonth last) {
        Map<YearMonth, BigDecimal> byMonth = new HashMap<>();
        Map<String, Object> params = new HashMap<>();
        String months = MonthlySales.between(first.atDay(1), last.plusMonths(1).atDay(1), params);
        if (!scope.all()) {
            params.put("owners", scope.ownerIdArray());
        }
        jdbc.sql("select s.month, sum(s.amount) from " + months + " s"
                + (scope.all() ? "" : " where s.owner_id = any(:owners)") + " group by 1").params(params)
                .query(rs -> {
                    byMonth.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBigDecimal(2));
                });
        return byMonth;
    }

    /** The month of each of these people that the signed-in user may see. */
    private Map<Long, MonthPerformance> of(List<Long> userIds, YearMonth month) {
        OwnerScope scope = users.ownerScope();
        List<Long> visible = userIds.stream().filter(scope::permits).toList();
        Map<Long, BigDecimal> targets = store.targetsOf(visible, month);
        Map<Long, BigDecimal> revenue = store.revenueByOwner(visible, month.atDay(1), month.plusMonths(1).atDay(1));
        YearMonth before = month.minusYears(1);
        Map<Long, BigDecimal> lastYear = store.revenueByOwner(visible, before.atDay(1), before.plusMonths(1).atDay(1));
        Map<Long, MonthPerformance> figures = new HashMap<>();
        for (Long id : visible) {
            figures.put(id, new MonthPerformance(month, targets.get(id), revenue.getOrDefault(id, BigDecimal.ZERO),
                    lastYear.getOrDefault(id, BigDecimal.ZERO)));
        }
        return figures;
    }
}

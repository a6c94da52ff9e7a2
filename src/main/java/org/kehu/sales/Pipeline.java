package org.kehu.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.sales.internal.OpportunityFilter;
import org.kehu.sales.internal.OpportunityQueries;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipeline figures for the dashboards: the open pipeline per owner, the funnel and the pipeline forecast (expected
 * amount × probability by expected close month). Summed in SQL on the open opportunities' partial indexes, within the
 * signed-in user's data scope.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('opportunity.view')")
public class Pipeline {

    private static final String OPEN = " o.status in ('NEW', 'ASSIGNED', 'DEVELOPING')";

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final OpportunityQueries queries;
    private final Dictionary dictionary;
    private final CloseMonthTotals closeMonths;

    Pipeline(JdbcClient jdbc, UserDirectory users, OpportunityQueries queries, Dictionary dictionary,
            CloseMonthTotals closeMonths) {
        this.closeMonths = closeMonths;
        this.jdbc = jdbc;
        this.users = users;
        this.queries = queries;
        this.dictionary = dictionary;
    }

    /** The open pipeline of each of these owners that the signed-in user may see; owners without one are absent. */
    public Map<Long, PipelineTotals> openByOwner(Collection<Long> ownerIds) {
        OwnerScope scope = users.ownerScope();
        Long[] owners = ownerIds.stream().filter(scope::permits).distinct().toArray(Long[]::new);
        Map<Long, PipelineTotals> byOwner = new HashMap<>();
        if (owners.length == 0) {
            return byOwner;
        }
        // The dated open opportunities from their totals per close month (V486, a few rows per owner instead of each
        // of his opportunities), the undated ones from the open pipeline's index, where they sort last per owner.
        jdbc.sql("""
                select owner_id, sum(n), sum(amount), sum(weighted) from (
                    select owner_id, n, amount, weighted from opportunity_open_close_month where owner_id = any(:owners)
                    union all
                    select o.owner_id, count(*), coalesce(sum(o.expected_amount), 0),
                           coalesce(sum(o.expected_amount * o.probability / 100.0), 0)
                      from opportunity o where o.owner_id = any(:owners) and o.expected_close_date is null and """ + OPEN + """
                     group by o.owner_id) t
                 group by owner_id having sum(n) > 0""")
                .param("owners", owners)
                .query(rs -> {
                    byOwner.put(rs.getLong(1), totals(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        return byOwner;
    }

    /** The open pipeline of the signed-in user's whole scope. */
    public PipelineTotals openInScope() {
        OwnerScope scope = users.ownerScope();
        var spec = jdbc.sql("""
                select count(*), coalesce(sum(o.expected_amount), 0), coalesce(sum(o.expected_amount * o.probability / 100.0), 0)
                  from opportunity o where """ + OPEN + (scope.all() ? "" : " and o.owner_id = any(:owners)"));
        if (!scope.all()) {
            spec = spec.param("owners", scope.ownerIdArray());
        }
        return spec.query((rs, n) -> totals(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).single();
    }

    /**
     * The pipeline forecast of {@code count} months from {@code first}: open opportunities by expected close month.
     * Those whose expected close date has passed count in the first month: they are still expected, only late.
     */
    public List<ForecastMonth> forecast(YearMonth first, int count) {
        YearMonth last = first.plusMonths(count - 1L);
        // Overdue months count in the first; the exact weighted amounts are added up before rounding.
        Map<YearMonth, PipelineMonth> sums = new HashMap<>();
        for (PipelineMonth m : closeMonths.byMonth(users.ownerScope(), null)) {
            if (m.month().isAfter(last)) {
                continue;
            }
            sums.merge(m.month().isBefore(first) ? first : m.month(), m, (x, y) -> new PipelineMonth(x.month(),
                    x.count() + y.count(), x.amount().add(y.amount()), x.weighted().add(y.weighted())));
        }
        Map<YearMonth, ForecastMonth> byMonth = new HashMap<>();
        sums.forEach((m, s) -> byMonth.put(m, new ForecastMonth(m, s.count(), money(s.amount()), money(s.weighted()))));
        List<ForecastMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(byMonth.getOrDefault(m, new ForecastMonth(m, 0, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
        return months;
    }

    /** The funnel of the opportunities created between two days (both included), as the funnel page counts it. */
    public List<FunnelStage> funnel(LocalDate from, LocalDate to) {
        OpportunityFilter filter = new OpportunityFilter();
        filter.setFrom(from);
        filter.setTo(to);
        var locale = LocaleContextHolder.getLocale();
        return queries.funnel(filter).stream()
                .map(r -> new FunnelStage(r.stageCode(), r.stageCode() == null ? null
                        : dictionary.entry(DictionaryType.OPPORTUNITY_STAGE, r.stageCode()).map(e -> e.label(locale)).orElse(r.stageCode()),
                        r.stageCode() == null, r.reachedCount(), r.reachedAmount()))
                .toList();
    }

    private static PipelineTotals totals(long count, BigDecimal amount, BigDecimal weighted) {
        return new PipelineTotals(count, money(amount), money(weighted));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}

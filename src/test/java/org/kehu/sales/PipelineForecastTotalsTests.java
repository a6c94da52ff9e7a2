package org.kehu.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline forecast reads the open opportunities' totals per expected close month and owner (V486), kept by the
 * opportunity table's triggers: after inserts, a stage and probability change, a won deal, a moved close date, a
 * new owner and a delete it equals the forecast summed over every open opportunity (worked out here in Java from
 * the rows), overdue ones in the first month, and an account manager sees only his own.
 */
@SpringBootTest
@Transactional
class PipelineForecastTotalsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pipeline pipeline;
    @Autowired
    Opportunities opportunities;

    private final LocalDate today = LocalDate.now(BusinessTime.ZONE);
    private final YearMonth first = YearMonth.from(today);
    private long manager2;
    private long manager;

    @BeforeEach
    void openAndClosedOpportunitiesAroundToday() {
        manager2 = userId("manager2");
        manager = userId("manager");
        String[] statuses = {"NEW", "DEVELOPING", "WON", "LOST", "ASSIGNED"};
        for (int i = 0; i < 160; i++) {
            // Close dates from five months overdue to seven ahead, some without a date or an amount.
            LocalDate close = i % 11 == 0 ? null : today.minusDays(150).plusDays(i * 2L);
            insert(i % 3 == 0 ? manager : manager2, statuses[i % 5], 5 + (i * 7) % 91,
                    i % 9 == 0 ? null : BigDecimal.valueOf(100_000 + i * 1_237L, 2), close);
        }
    }

    @Test
    @WithUserDetails("executive")
    void theForecastFollowsEveryChangeOfTheOpportunities() {
        assertForecastOfTheRows(null);
        jdbc.sql("update opportunity set probability = 80, stage_code = 'NEGOTIATION' where owner_id = :o and status = 'DEVELOPING'")
                .param("o", manager2).update();
        jdbc.sql("update opportunity set status = 'WON' where owner_id = :o and status = 'ASSIGNED' and summary = 'forecast test'")
                .param("o", manager2).update();
        jdbc.sql("update opportunity set expected_close_date = expected_close_date + 45 where summary = 'forecast test' and probability > 50")
                .update();
        jdbc.sql("update opportunity set owner_id = :m where owner_id = :o and summary = 'forecast test' and probability < 20")
                .param("m", manager).param("o", manager2).update();
        jdbc.sql("update opportunity set description = 'nothing counted changes' where summary = 'forecast test'").update();
        assertForecastOfTheRows(null);
        jdbc.sql("delete from opportunity where summary = 'forecast test' and status = 'NEW'").update();
        assertForecastOfTheRows(null);
    }

    @Test
    @WithUserDetails("manager")
    void anAccountManagerForecastsOnlyHisOwnOpportunities() {
        List<ForecastMonth> mine = assertForecastOfTheRows(manager);
        jdbc.sql("delete from opportunity where owner_id = :o and summary = 'forecast test'").param("o", manager2).update();
        assertThat(pipeline.forecast(first, 6)).isEqualTo(mine);
    }

    /**
     * Each owner's open pipeline (an account manager's own tile, a director's team) read from the close-month totals
     * and the undated rows equals the sums over his open opportunities, dated or not, after the changes.
     */
    @Test
    @WithUserDetails("executive")
    void eachOwnersOpenPipelineEqualsTheSumOverHisOpenOpportunities() {
        assertOpenPipelineOfTheRows();
        jdbc.sql("update opportunity set expected_close_date = null where summary = 'forecast test' and probability > 60")
                .update();
        jdbc.sql("update opportunity set status = 'LOST' where owner_id = :o and status = 'NEW' and summary = 'forecast test'")
                .param("o", manager).update();
        jdbc.sql("update opportunity set owner_id = :m where owner_id = :o and summary = 'forecast test' and probability < 30")
                .param("m", manager).param("o", manager2).update();
        assertOpenPipelineOfTheRows();
    }

    private void assertOpenPipelineOfTheRows() {
        Map<Long, PipelineTotals> expected = new HashMap<>();
        jdbc.sql("""
                select owner_id, count(*), coalesce(sum(expected_amount), 0),
                       coalesce(sum(expected_amount * probability / 100.0), 0)
                  from opportunity where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and owner_id in (:a, :b)
                 group by owner_id""").param("a", manager).param("b", manager2)
                .query(rs -> {
                    expected.put(rs.getLong(1), new PipelineTotals(rs.getLong(2), rs.getBigDecimal(3),
                            rs.getBigDecimal(4).setScale(2, RoundingMode.HALF_UP)));
                });
        long undated = jdbc.sql("""
                select count(*) from opportunity where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and expected_close_date is null
                   and owner_id in (:a, :b)""").param("a", manager).param("b", manager2).query(Long.class).single();
        assertThat(undated).as("undated open opportunities among them").isPositive();
        Map<Long, PipelineTotals> got = pipeline.openByOwner(List.of(manager, manager2));
        assertThat(got.keySet()).isEqualTo(expected.keySet());
        expected.forEach((owner, totals) -> {
            assertThat(got.get(owner).count()).as("count of %d", owner).isEqualTo(totals.count());
            assertThat(got.get(owner).amount()).as("amount of %d", owner).isEqualByComparingTo(totals.amount());
            assertThat(got.get(owner).weighted()).as("weighted of %d", owner).isEqualByComparingTo(totals.weighted());
        });
    }

    /** The forecast page's pipeline by close month, overdue months included, is the open rows' sums per month. */
    @Test
    @WithUserDetails("executive")
    void theForecastPagesPipelineByCloseMonthIsTheSumsOfTheOpenRows() {
        jdbc.sql("update opportunity set expected_close_date = expected_close_date - 200 where summary = 'forecast test' and probability > 70")
                .update();
        List<PipelineMonth> expected = jdbc.sql("""
                select date_trunc('month', expected_close_date)::date, count(*), coalesce(sum(expected_amount), 0),
                       round(coalesce(sum(expected_amount * probability), 0) / 100, 2)
                  from opportunity where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and expected_close_date is not null
                 group by 1 order by 1""").query((rs, n) -> new PipelineMonth(YearMonth.from(rs.getDate(1).toLocalDate()),
                rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4))).list();
        List<PipelineMonth> got = opportunities.pipelineByCloseMonth(null);
        assertThat(got).hasSameSizeAs(expected).hasSizeGreaterThan(6);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(got.get(i).month()).isEqualTo(expected.get(i).month());
            assertThat(got.get(i).count()).as(expected.get(i).month() + " count").isEqualTo(expected.get(i).count());
            assertThat(got.get(i).amount()).isEqualByComparingTo(expected.get(i).amount());
            assertThat(got.get(i).weighted()).isEqualByComparingTo(expected.get(i).weighted());
        }
    }

    /** The forecast worked out from every open opportunity's row, as the tile summed them before V486. */
    private List<ForecastMonth> assertForecastOfTheRows(Long owner) {
        Map<YearMonth, long[]> counts = new HashMap<>();
        Map<YearMonth, BigDecimal[]> sums = new HashMap<>();
        YearMonth last = first.plusMonths(5);
        jdbc.sql("""
                select expected_close_date, expected_amount, probability from opportunity
                 where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and expected_close_date is not null""" + (owner == null ? ""
                : " and owner_id = " + owner)).query(rs -> {
                    YearMonth m = YearMonth.from(rs.getDate(1).toLocalDate());
                    if (m.isAfter(last)) {
                        return;
                    }
                    YearMonth at = m.isBefore(first) ? first : m;
                    BigDecimal amount = rs.getBigDecimal(2);
                    counts.computeIfAbsent(at, k -> new long[1])[0]++;
                    BigDecimal[] s = sums.computeIfAbsent(at, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    if (amount != null) {
                        s[0] = s[0].add(amount);
                        s[1] = s[1].add(amount.multiply(BigDecimal.valueOf(rs.getInt(3))).divide(BigDecimal.valueOf(100)));
                    }
                });
        List<ForecastMonth> forecast = pipeline.forecast(first, 6);
        List<ForecastMonth> expected = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            BigDecimal[] s = sums.getOrDefault(m, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            long n = counts.containsKey(m) ? counts.get(m)[0] : 0;
            ForecastMonth got = forecast.get(expected.size());
            assertThat(got.month()).isEqualTo(m);
            assertThat(got.count()).as(m + " count").isEqualTo(n);
            assertThat(got.amount()).as(m + " amount").isEqualByComparingTo(s[0].setScale(2, RoundingMode.HALF_UP));
            assertThat(got.weighted()).as(m + " weighted").isEqualByComparingTo(s[1].setScale(2, RoundingMode.HALF_UP));
            expected.add(got);
        }
        assertThat(counts.values().stream().mapToLong(c -> c[0]).sum()).as("open opportunities in the window").isPositive();
        return forecast;
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private void insert(long owner, String status, int probability, BigDecimal amount, LocalDate close) {
        jdbc.sql("""
                insert into opportunity(prospect_name, probability, summary, expected_amount, expected_close_date, stage_code,
                                        status, created_by, created_at, owner_id, updated_at)
                values ('Forecast test', :p, 'forecast test', :amount, :close, 'PROPOSAL', :status, :owner, now(), :owner, now())""")
                .param("p", probability).param("amount", amount).param("close", close == null ? null : Date.valueOf(close))
                .param("status", status).param("owner", owner).update();
    }
}

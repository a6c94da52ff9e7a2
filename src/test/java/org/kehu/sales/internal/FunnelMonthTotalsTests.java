package org.kehu.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnel's monthly totals (V480) are kept by the opportunity table's triggers through inserts, updates and
 * deletes, and the funnel read from them (whole months) and the opportunities (edge days) gives exactly what the
 * funnel summed from every opportunity of the period gives (computed here with the funnel's own SQL on the table).
 */
@SpringBootTest
@Transactional
@WithUserDetails("executive")
class FunnelMonthTotalsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OpportunityQueries queries;

    private final LocalDate today = LocalDate.now(BusinessTime.ZONE);
    private long owner;

    @BeforeEach
    void someOpportunitiesOfTheLastMonths() {
        owner = jdbc.sql("select id from app_user where username = 'manager2'").query(Long.class).single();
        String[] stages = {"INITIAL", "NEEDS", "PROPOSAL", "NEGOTIATION", "CONTRACT"};
        String[] statuses = {"NEW", "DEVELOPING", "WON", "LOST", "ASSIGNED"};
        for (int i = 0; i < 150; i++) {
            // Every few days over thirteen months, some at the very start of a business-time month (00:30 in Beijing,
            // the previous day in UTC), some today.
            LocalDate day = today.minusDays(i * 3L);
            int minutes = i % 4 == 0 ? 30 : 600 + i;
            insert(day.atStartOfDay(BusinessTime.ZONE).plusMinutes(minutes).toInstant(), stages[i % 5], statuses[(i / 5) % 5],
                    i % 7 == 0 ? null : BigDecimal.valueOf(1000 + i * 37L, 2));
        }
        insert(today.withDayOfMonth(1).atStartOfDay(BusinessTime.ZONE).plusMinutes(5).toInstant(), "NEEDS", "NEW", BigDecimal.TEN);
    }

    @Test
    void theMonthlyTotalsFollowInsertsUpdatesAndDeletes() {
        assertTotalsMatchTheTable();
        jdbc.sql("update opportunity set status = 'WON', stage_code = 'CONTRACT' where owner_id = :o and status = 'DEVELOPING'")
                .param("o", owner).update();
        jdbc.sql("update opportunity set expected_amount = coalesce(expected_amount, 0) + 1 where owner_id = :o and stage_code = 'NEEDS'")
                .param("o", owner).update();
        jdbc.sql("update opportunity set description = 'nothing counted changes' where owner_id = :o").param("o", owner).update();
        assertTotalsMatchTheTable();
        jdbc.sql("delete from opportunity where owner_id = :o and status = 'LOST'").param("o", owner).update();
        assertTotalsMatchTheTable();
    }

    @Test
    void theFunnelOfWholeMonthsAndEdgeDaysEqualsTheFunnelOfEveryOpportunity() {
        YearMonth month = YearMonth.from(today);
        // The home page's year to today; a period starting mid-month; one ending on a past mid-month day.
        assertSameFunnel(month.minusMonths(11).atDay(1), today);
        assertSameFunnel(today.minusDays(200), today);
        assertSameFunnel(month.minusMonths(8).atDay(1), month.minusMonths(2).atDay(14));
        assertSameFunnel(today.minusDays(10), today.minusDays(2));
        // An opportunity created after the period's last day, in its month: that month is read from its days.
        insert(today.plusDays(1).atStartOfDay(BusinessTime.ZONE).plusHours(1).toInstant(), "PROPOSAL", "NEW", BigDecimal.ONE);
        assertSameFunnel(month.minusMonths(11).atDay(1), today);
        OpportunityFilter won = filter(month.minusMonths(6).atDay(1), today);
        won.setStatus("WON");
        assertThat(queries.funnel(won)).isEqualTo(fromTheTable(won, " and o.status = 'WON'"));
    }

    @Test
    @WithUserDetails("manager")
    void anAccountManagerCountsOnlyHisOwnOpportunities() {
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        OpportunityFilter filter = filter(YearMonth.from(today).minusMonths(11).atDay(1), today);
        List<FunnelRow> mine = queries.funnel(filter);
        assertThat(mine).isEqualTo(fromTheTable(filter, " and o.owner_id = " + manager));
        // The opportunities of manager2 written above are not his: without them the funnel is the same.
        jdbc.sql("delete from opportunity where owner_id = :o and prospect_name = 'Funnel test'").param("o", owner).update();
        assertThat(queries.funnel(filter)).isEqualTo(mine);
    }

    private void assertSameFunnel(LocalDate from, LocalDate to) {
        OpportunityFilter filter = filter(from, to);
        assertThat(queries.funnel(filter)).as(from + " to " + to).isEqualTo(fromTheTable(filter, ""))
                .anySatisfy(r -> assertThat(r.reachedCount()).isPositive());
    }

    private static OpportunityFilter filter(LocalDate from, LocalDate to) {
        OpportunityFilter filter = new OpportunityFilter();
        filter.setFrom(from);
        filter.setTo(to);
        return filter;
    }

    /** The funnel's SQL over every opportunity of the period, as it ran before the monthly totals. */
    private List<FunnelRow> fromTheTable(OpportunityFilter filter, String more) {
        return OpportunityQueries.funnelRows(jdbc.sql(OpportunityQueries.funnelSql(" where o.created_at >= :from and o.created_at < :to" + more))
                .param("from", Timestamp.from(filter.getFrom().atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param("to", Timestamp.from(filter.getTo().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant())));
    }

    private void assertTotalsMatchTheTable() {
        String table = """
                select (date_trunc('month', created_at at time zone 'Asia/Shanghai'))::date as month, owner_id, stage_code, status,
                       count(*) as n, coalesce(sum(expected_amount), 0) as amount
                  from opportunity group by 1, 2, 3, 4""";
        String totals = "select month, owner_id, stage_code, status, n, amount from opportunity_funnel_month where n <> 0 or amount <> 0";
        assertThat(jdbc.sql("(" + table + " except " + totals + ") union all (" + totals + " except " + table + ")")
                .query().listOfRows()).isEmpty();
    }

    private void insert(java.time.Instant created, String stage, String status, BigDecimal amount) {
        jdbc.sql("""
                insert into opportunity(prospect_name, probability, summary, expected_amount, stage_code, status, created_by,
                                        created_at, owner_id, updated_at)
                values ('Funnel test', 30, 'funnel totals', :amount, :stage, :status, :owner, :created, :owner, now())""")
                .param("amount", amount).param("stage", stage).param("status", status).param("owner", owner)
                .param("created", Timestamp.from(created)).update();
    }
}

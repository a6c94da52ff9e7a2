package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.analytics.SalesReadModel;
import org.kehu.analytics.TrailingTotals;
import org.kehu.order.OrderStatus;
import org.kehu.order.OrderStatusChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report answers with the same figures whichever path holds them: the per-customer totals of the last twelve months
 * or the day rows (contribution, purchasing power, exports), the monthly rollup with the days at the edges or the day
 * rows alone (transactions by category), also after an order enters or leaves the sales, and for periods that cut
 * months. The executive (scope: all) reads the 2016 data set of {@link ReportFixture}, with the twelve-month window
 * moved to end on 31 December 2016.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReportPathsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SalesReadModel model;
    @Autowired
    TrailingTotals trailing;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PurchasingPowerReport purchasingPower;

    private final JsonMapper json = JsonMapper.builder().build();
    private ReportFixture fixture;

    @BeforeEach
    void data() {
        fixture = ReportFixture.load(jdbc, model);
    }

    @Test
    void contributionAndPurchasingPowerAreTheSameFromTheTwelveMonthTotalsAsFromTheDays() throws Exception {
        Map<String, String> fromDays = answers();
        trailing.moveTo(ReportFixture.TO);
        assertThat(trailing.covers(ReportFixture.FROM, ReportFixture.TO)).isTrue();

        assertThat(answers()).isEqualTo(fromDays);
        JsonNode contribution = json.readTree(fromDays.get("contribution"));
        // Five customers bought in 2016 (KHREP05 did not; KHREP04's order of 31 December is in production, so it counts).
        assertThat(contribution.get("totals").get("customers").asLong()).isEqualTo(5);
        assertThat(contribution.get("totals").get("revenue").decimalValue()).isEqualByComparingTo(
                ReportFixture.revenueByCustomer(o -> true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void anOrderConfirmedOrCancelledChangesBothPathsAlike() throws Exception {
        trailing.moveTo(ReportFixture.TO);
        long pending = orderId("TREP7"); // KHREP04, 30 November 2016, 8 888.00, pending
        long confirmed = orderId("TREP1"); // KHREP01, 10 January 2016, 1 500.00, completed

        change(pending, OrderStatus.PENDING, OrderStatus.CONFIRMED);
        change(confirmed, OrderStatus.COMPLETED, OrderStatus.CANCELLED);

        Map<String, String> fromTotals = answers();
        JsonNode contribution = json.readTree(fromTotals.get("contribution"));
        BigDecimal expected = ReportFixture.revenueByCustomer(o -> true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(new BigDecimal("8888.00")).subtract(new BigDecimal("1500.00"));
        assertThat(contribution.get("totals").get("revenue").decimalValue()).isEqualByComparingTo(expected);
        assertThat(contribution.get("rows").get(0).get("code").asString()).isEqualTo("KHREP04");

        jdbc.sql("update analytics_trailing_window set last_day = last_day - 1").update();
        assertThat(trailing.covers(ReportFixture.FROM, ReportFixture.TO)).isFalse();
        assertThat(answers()).isEqualTo(fromTotals);
    }

    @Test
    void transactionsByCategoryAreTheDaySumsForPeriodsThatCutMonths() throws Exception {
        change(orderId("TREP7"), OrderStatus.PENDING, OrderStatus.CONFIRMED);
        for (LocalDate[] period : new LocalDate[][] {{ReportFixture.FROM, ReportFixture.TO},
                {LocalDate.of(2016, 1, 10), LocalDate.of(2016, 12, 30)}, {LocalDate.of(2016, 1, 11), LocalDate.of(2016, 11, 30)},
                {LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)}, {LocalDate.of(2016, 3, 5), LocalDate.of(2016, 3, 5)},
                {LocalDate.of(2015, 12, 31), LocalDate.of(2016, 1, 10)}}) {
            JsonNode report = json.readTree(answer("transactions", period[0], period[1], "&dimension=category"));
            Map<String, BigDecimal> fromDays = new HashMap<>();
            jdbc.sql("""
                    select category_id, date_trunc('month', day)::date as month, sum(amount) from analytics_sales_day
                     where day between :from and :to and category_id in (:categories) group by 1, 2""")
                    .param("from", period[0]).param("to", period[1]).param("categories", fixture.categoryIds)
                    .query(rs -> {
                        String category = rs.getLong(1) == fixture.categoryIds.get(0) ? "0" : "1";
                        fromDays.put(category + " " + YearMonth.from(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3));
                    });
            Map<String, BigDecimal> fromReport = new HashMap<>();
            for (JsonNode row : report.get("rows")) {
                String category = row.get("value").asString().endsWith("0") ? "0" : "1";
                for (YearMonth m = YearMonth.from(period[0]); !m.isAfter(YearMonth.from(period[1])); m = m.plusMonths(1)) {
                    BigDecimal cell = row.get(m.toString()).decimalValue();
                    if (cell.signum() != 0 && row.get("value").asString().startsWith("报表类别")) {
                        fromReport.put(category + " " + m, cell);
                    }
                }
            }
            assertThat(fromReport).as("%s to %s", period[0], period[1]).hasSameSizeAs(fromDays);
            fromDays.forEach((k, v) -> assertThat(fromReport.get(k)).as("%s %s to %s", k, period[0], period[1])
                    .isEqualByComparingTo(v));
        }
    }

    private long orderId(String number) {
        return jdbc.sql("select id from sales_order where number = :n").param("n", number).query(Long.class).single();
    }

    /** What the order module does when an order moves on: the new status, then the event, in one transaction. */
    /**
     * Twelve months that cut November at both ends: the purchasing power's month by month reads the last November whole
     * while nothing was bought after the period in it, and its days once an order of 30 November counts; both paths
     * give the same figures each time.
     */
    @Test
    void aTwelveMonthWindowThatCutsMonthsIsTheSameFromTheTotalsAsFromTheDays() throws Exception {
        LocalDate to = LocalDate.of(2016, 11, 20);
        LocalDate from = to.minusYears(1).plusDays(1);
        Map<String, String> fromDays = answers(from, to);
        List<ReportChart> monthsFromDays = months(from, to);
        trailing.moveTo(to);
        assertThat(trailing.covers(from, to)).isTrue();
        assertThat(answers(from, to)).isEqualTo(fromDays);
        assertThat(months(from, to)).isEqualTo(monthsFromDays);

        change(orderId("TREP7"), OrderStatus.PENDING, OrderStatus.CONFIRMED); // KHREP04, 30 November 2016, after the period
        Map<String, String> fromTotals = answers(from, to);
        assertThat(fromTotals).isEqualTo(fromDays);
        jdbc.sql("update analytics_trailing_window set last_day = last_day - 1").update();
        assertThat(trailing.covers(from, to)).isFalse();
        assertThat(answers(from, to)).isEqualTo(fromTotals);
        List<ReportChart> monthsAfterTheOrder = months(from, to);
        trailing.moveTo(to);
        assertThat(months(from, to)).isEqualTo(monthsAfterTheOrder).isEqualTo(monthsFromDays);
        assertThat(monthsFromDays.get(0).categories()).hasSize(13).contains("2015-11", "2016-11");
    }

    /** The purchasing power's month by month chart, as the executive's page draws it. */
    private List<ReportChart> months(LocalDate from, LocalDate to) {
        ReportFilter filter = new ReportFilter(from, to, null, null, null, null, null, null, "customers",
                org.kehu.identity.OwnerScope.everything());
        return purchasingPower.run(filter, 1000).charts();
    }

    private void change(long order, OrderStatus from, OrderStatus to) {
        jdbc.sql("update sales_order set status = :s where id = :id").param("s", to.name()).param("id", order).update();
        events.publishEvent(new OrderStatusChanged(order, from, to, Instant.now()));
    }

    private Map<String, String> answers() throws Exception {
        return answers(ReportFixture.FROM, ReportFixture.TO);
    }

    private Map<String, String> answers(LocalDate from, LocalDate to) throws Exception {
        Map<String, String> answers = new HashMap<>();
        for (String report : new String[] {"contribution", "purchasing-power"}) {
            answers.put(report, answer(report, from, to, ""));
            answers.put(report + ".csv", mvc.perform(get("/reports/" + report + "/export?from=" + from + "&to="
                    + to).with(user(accounts.loadUserByUsername("executive")))).andReturn().getResponse()
                    .getContentAsString());
        }
        return answers;
    }

    private String answer(String report, LocalDate from, LocalDate to, String query) throws Exception {
        return mvc.perform(get("/api/v1/reports/" + report + "?from=" + from + "&to=" + to + query)
                        .with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

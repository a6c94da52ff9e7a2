package org.kehu.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's forecast fitted in advance is the one the executive is served, and it is never stale: it is
 * remembered under the series' own values, so once a past month's revenue changes the served forecast is that of
 * the new series. The series is summed here from the sales read model's day rows, not from the month rollup the
 * application reads.
 */
@SpringBootTest
@Transactional
@WithUserDetails("executive")
class ForecastWarmUpTests {

    @Autowired
    ForecastWarmUp warmUp;
    @Autowired
    SalesForecasts forecasts;
    @Autowired
    JdbcClient jdbc;

    private final YearMonth current = YearMonth.from(LocalDate.now(BusinessTime.ZONE));

    @Test
    void theCompanyForecastIsFittedBeforeTheFirstRequestAndIsTheOneServed() {
        assertThat(warmUp.warm()).isTrue();
        double[] y = seriesFromTheDays();
        assertThat(ForecastComputation.remembered(y, SalesForecasts.DEFAULT_HORIZON)).isTrue();
        assertServedIsFreshFitOf(y);
    }

    @Test
    void aChangedPastMonthIsForecastFromTheNewSeries() {
        assertThat(warmUp.warm()).isTrue();
        YearMonth last = current.minusMonths(1);
        // A late credit note in last month, as the read model records it: its day row and its month row alike.
        var key = jdbc.sql("""
                with d as (select day, customer_id, owner_id, category_id from analytics_sales_day
                            where day >= :from and day < :end order by day, customer_id limit 1)
                update analytics_sales_day s set amount = s.amount - 1234.56
                  from d where (s.day, s.customer_id, s.owner_id, s.category_id) = (d.day, d.customer_id, d.owner_id, d.category_id)
                returning s.owner_id, s.category_id""")
                .param("from", last.atDay(1)).param("end", current.atDay(1)).query().singleRow();
        assertThat(jdbc.sql("""
                update analytics_sales_month set amount = amount - 1234.56
                 where month = :month and owner_id = :owner and category_id = :category""")
                .param("month", last.atDay(1)).param("owner", key.get("owner_id")).param("category", key.get("category_id"))
                .update()).isOne();
        double[] y = seriesFromTheDays();
        assertThat(ForecastComputation.remembered(y, SalesForecasts.DEFAULT_HORIZON)).as("a new series").isFalse();
        assertServedIsFreshFitOf(y);
    }

    private void assertServedIsFreshFitOf(double[] y) {
        SalesForecast served = forecasts.forecast(null, null, null, Locale.ENGLISH);
        ForecastComputation.Outcome fresh = ForecastComputation.computeAfresh(y, SalesForecasts.DEFAULT_HORIZON);
        assertThat(served.status()).isEqualTo("FORECAST");
        assertThat(served.history()).hasSize(y.length);
        assertThat(served.history().get(y.length - 1).actual()).isEqualByComparingTo(BigDecimal.valueOf(y[y.length - 1]));
        assertThat(served.model().form()).isEqualTo(fresh.model().form.code());
        assertThat(served.forecast()).hasSize(SalesForecasts.DEFAULT_HORIZON);
        for (int k = 0; k < served.forecast().size(); k++) {
            assertThat(served.forecast().get(k).forecast().doubleValue()).isCloseTo(fresh.forecast()[k].mean(),
                    org.assertj.core.data.Offset.offset(0.01));
        }
    }

    /** Net revenue per month from the first month with sales to last month, months without sales as 0. */
    private double[] seriesFromTheDays() {
        TreeMap<YearMonth, BigDecimal> months = new TreeMap<>();
        jdbc.sql("select date_trunc('month', day)::date, sum(amount) from analytics_sales_day where day < :end group by 1")
                .param("end", current.atDay(1))
                .query(rs -> {
                    months.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBigDecimal(2));
                });
        int n = (int) months.firstKey().until(current, java.time.temporal.ChronoUnit.MONTHS);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = months.getOrDefault(months.firstKey().plusMonths(i), BigDecimal.ZERO).doubleValue();
        }
        return y;
    }
}

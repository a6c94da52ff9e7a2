package org.kehu.home;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.kehu.analytics.CustomerRevenue;
import org.kehu.analytics.MonthPerformance;
import org.kehu.analytics.SalesPerformance;
import org.kehu.analytics.TrailingTotals;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerStatus;
import org.kehu.customer.CustomerSummary;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.sales.ForecastMonth;
import org.kehu.sales.FunnelStage;
import org.kehu.sales.Pipeline;
import org.kehu.shared.BusinessTime;
import org.kehu.support.MonthlySatisfaction;
import org.kehu.support.ServiceFigures;
import org.springframework.stereotype.Component;

/**
 * The executive's tiles: twelve months of revenue against target and last year, the top ten customers of those
 * months, the funnel of the opportunities created in them, the survey satisfaction, the customers warned of churn and
 * lost, and the pipeline forecast of the next six months.
 */
@Component
class ExecutiveDashboard {

    static final int MONTHS = 12;
    static final int TOP = 10;
    static final int FORECAST_MONTHS = 6;

    record TopCustomer(long id, String name, BigDecimal revenue) {
    }

    record Tiles(List<MonthPerformance> months, MonthPerformance thisMonth, List<TopCustomer> top, List<FunnelStage> funnel,
            BigDecimal satisfaction, long satisfactionAnswers, long churnWarnings, long lost, List<ForecastMonth> forecast,
            BigDecimal forecastWeighted) {
    }

    private final SalesPerformance performance;
    private final Pipeline pipeline;
    private final ServiceFigures service;
    private final CustomerManagement customers;
    private final Clock clock;

    ExecutiveDashboard(SalesPerformance performance, Pipeline pipeline, ServiceFigures service, CustomerManagement customers,
            Clock clock) {
        this.performance = performance;
        this.pipeline = pipeline;
        this.service = service;
        this.customers = customers;
        this.clock = clock;
    }

    Tiles tiles(CurrentUser me) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        YearMonth month = YearMonth.from(today);
        YearMonth first = month.minusMonths(MONTHS - 1L);
        List<MonthPerformance> months = performance.months(month, MONTHS);
        // The twelve months to today, as the contribution report the tile links to (and its per-customer totals).
        List<CustomerRevenue> top = performance.topCustomers(TrailingTotals.firstDayEndingOn(today), today.plusDays(1), TOP);
        Map<Long, CustomerSummary> names = me.can(Permission.CUSTOMER_VIEW)
                ? customers.summaries(top.stream().map(CustomerRevenue::customerId).toList()) : Map.of();
        List<TopCustomer> topCustomers = top.stream().map(c -> new TopCustomer(c.customerId(),
                names.containsKey(c.customerId()) ? names.get(c.customerId()).name() : "#" + c.customerId(), c.revenue())).toList();
        List<MonthlySatisfaction> satisfaction = me.can(Permission.SURVEY_VIEW) ? service.satisfaction(month, MONTHS) : List.of();
        long answers = satisfaction.stream().mapToLong(MonthlySatisfaction::answers).sum();
        long points = satisfaction.stream().mapToLong(MonthlySatisfaction::points).sum();
        Map<Long, Long> warned = me.can(Permission.CUSTOMER_VIEW) ? customers.countByOwner(CustomerStatus.CHURN_WARNING) : Map.of();
        Map<Long, Long> lost = me.can(Permission.CUSTOMER_VIEW) ? customers.countByOwner(CustomerStatus.LOST) : Map.of();
        List<ForecastMonth> forecast = pipeline.forecast(month, FORECAST_MONTHS);
        return new Tiles(months, months.get(months.size() - 1), topCustomers, pipeline.funnel(first.atDay(1), today),
                answers == 0 ? null : BigDecimal.valueOf(points).divide(BigDecimal.valueOf(answers), 2, java.math.RoundingMode.HALF_UP),
                answers, sum(warned), sum(lost), forecast,
                forecast.stream().map(ForecastMonth::weighted).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static long sum(Map<Long, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}

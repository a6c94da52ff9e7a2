package org.kehu.analytics.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.analytics.TrailingTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Purchasing power (购买力): per customer in the period, the orders, net revenue, average order value and orders
 * per month, and their trend: the second half of the period against the first (halves of equal days). Orders are
 * counted from {@code analytics_purchase_day} (an order once, whatever its categories), so there is no category
 * filter; scope and owner filters apply to the customer's owner, as on the customer list. Customers rank by
 * revenue; the chart shows the average order value and the orders per buying customer month by month.
 */
@Component
class PurchasingPowerReport implements Report {

    /** Per customer with the halves, and the totals of the whole set on every row (window sums before the limit). */
    static String sql(String conditions, boolean joinCustomer) {
        return """
                with per as (
                    select p.customer_id, sum(p.amount) as revenue, sum(p.order_count) as orders,
                           coalesce(sum(p.amount) filter (where p.day < :mid), 0) as revenue1,
                           coalesce(sum(p.order_count) filter (where p.day < :mid), 0) as orders1,
                           coalesce(sum(p.amount) filter (where p.day >= :mid), 0) as revenue2,
                           coalesce(sum(p.order_count) filter (where p.day >= :mid), 0) as orders2
                      from analytics_purchase_day p %s
                     where p.day >= :from and p.day < :end %s
                     group by p.customer_id),
                ranked as (
                    select per.*, count(*) over () as n, sum(revenue) over () as total_revenue,
                           sum(orders) over () as total_orders
                      from per order by revenue desc, customer_id limit :limit)
                select r.*, c.code, c.name from ranked r join customer c on c.id = r.customer_id
                 order by r.revenue desc, r.customer_id
                """.formatted(joinCustomer ? "join customer c on c.id = p.customer_id" : "", conditions);
    }

    /**
     * The same rows from the per-customer totals of the last twelve months ({@link TrailingTotals}) for a reader who
     * sees everyone and filters nothing: the totals over one row per customer, the shown customers in the order of
     * the totals' index, and only their halves from the purchase days.
     */
    static String trailingSql() {
        return """
                with whole as (
                    select coalesce(sum(customers), 0) as n, coalesce(sum(amount), 0) as total_revenue,
                           coalesce(sum(order_count), 0) as total_orders
                      from analytics_customer_trailing_totals),
                top as (
                    select customer_id, amount, order_count from analytics_customer_trailing
                     order by amount desc, customer_id limit :limit),
                halves as (
                    select p.customer_id,
                           coalesce(sum(p.amount) filter (where p.day < :mid), 0) as revenue1,
                           coalesce(sum(p.order_count) filter (where p.day < :mid), 0) as orders1,
                           coalesce(sum(p.amount) filter (where p.day >= :mid), 0) as revenue2,
                           coalesce(sum(p.order_count) filter (where p.day >= :mid), 0) as orders2
                      from top t join analytics_purchase_day p on p.customer_id = t.customer_id
                     where p.day >= :from and p.day < :end
                     group by p.customer_id)
                select t.customer_id, t.amount as revenue, t.order_count as orders, h.revenue1, h.orders1, h.revenue2,
                       h.orders2, whole.n, whole.total_revenue, whole.total_orders, c.code, c.name
                  from top t cross join whole join halves h on h.customer_id = t.customer_id
                  join customer c on c.id = t.customer_id
                 order by t.amount desc, t.customer_id
                """;
    }

    /**
     * Month by month for everyone from the purchase months ({@code analytics_purchase_month}) for whole months and the
     * purchase days for the months the period cuts. Buying customers are not a sum, so a cut month cannot be its whole
     * month less the days outside (as {@code MonthSplit} reads sums); but the last month, when nothing was bought in
     * it after the period (a period ending today), is its whole month: one probe of the day index decides. The days
     * read are counted per customer first, from the day index alone.
     */
    static String monthlyTrailingSql() {
        // Each range of days is its own branch, gated by a one-time condition, so that even a generic plan (a statement
        // prepared and run many times) reads them by the day index; one OR of both ranges was planned as a scan of
        // every purchase day (a second per request at full size). The twelve-month window always holds whole months,
        // so each range lies within one month and is counted without grouping (a sort of customer ids alone).
        return """
                with later as (
                    select exists (select 1 from analytics_purchase_day
                                    where cast(:monthEnd as date) < cast(:end as date) and day >= :end
                                      and day < cast(:monthEnd as date) + interval '1 month') as bought)
                select month, amount as revenue, order_count as orders, customers from analytics_purchase_month
                 where month >= :monthFrom and month < :monthEnd
                union all
                select month, amount, order_count, customers from analytics_purchase_month
                 where month = :monthEnd and cast(:monthEnd as date) < cast(:end as date)
                   and not (select bought from later)
                union all
                select cast(date_trunc('month', cast(:from as date)) as date), sum(p.amount), sum(p.order_count),
                       count(distinct p.customer_id)
                  from analytics_purchase_day p
                 where p.day >= :from and p.day < :monthFrom
                having count(*) > 0
                union all
                select cast(:monthEnd as date), sum(p.amount), sum(p.order_count), count(distinct p.customer_id)
                  from analytics_purchase_day p
                 where p.day >= :monthEnd and p.day < :end and (select bought from later)
                having count(*) > 0
                """;
    }

    /** Month by month: revenue, orders and buying customers. */
    static String monthlySql(String conditions, boolean joinCustomer) {
        return """
                select date_trunc('month', p.day)::date as month, sum(p.amount) as revenue,
                       sum(p.order_count) as orders, count(distinct p.customer_id) as customers
                  from analytics_purchase_day p %s
                 where p.day >= :from and p.day < :end %s
                 group by 1
                """.formatted(joinCustomer ? "join customer c on c.id = p.customer_id" : "", conditions);
    }

    private final JdbcClient jdbc;
    private final ReportLabels labels;
    private final TrailingTotals trailingTotals;

    PurchasingPowerReport(JdbcClient jdbc, ReportLabels labels, TrailingTotals totals) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.trailingTotals = totals;
    }

    /** The whole months of the period: the first on or after its first day, the first of its end's month. */
    static void putMonths(ReportFilter f, Map<String, Object> params) {
        LocalDate monthFrom = f.from().getDayOfMonth() == 1 ? f.from() : f.from().withDayOfMonth(1).plusMonths(1);
        LocalDate monthEnd = f.end().withDayOfMonth(1);
        if (!monthFrom.isBefore(monthEnd)) {
            monthFrom = f.end();
            monthEnd = f.end();
        }
        params.put("monthFrom", monthFrom);
        params.put("monthEnd", monthEnd);
    }

    @Override
    public String key() {
        return "purchasing-power";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<ReportFilterField> filters() {
        return EnumSet.of(ReportFilterField.PERIOD, ReportFilterField.DEPARTMENT, ReportFilterField.OWNER,
                ReportFilterField.REGION, ReportFilterField.GRADE);
    }

    /** The first day of the second half: the halves have the same number of days (the first one more if odd). */
    static LocalDate middle(ReportFilter f) {
        long days = ChronoUnit.DAYS.between(f.from(), f.end());
        return f.from().plusDays((days + 1) / 2);
    }

    @Override
    public List<ReportColumn> columns(ReportFilter filter) {
        return List.of(ReportColumn.text("code", "analytics.report.col.customer-code"),
                ReportColumn.text("customer", "analytics.report.col.customer"),
                ReportColumn.integer("orders", "analytics.report.col.orders"),
                ReportColumn.money("revenue", "analytics.report.col.revenue"),
                ReportColumn.money("averageOrderValue", "analytics.report.col.aov"),
                ReportColumn.decimal("ordersPerMonth", "analytics.report.col.orders-per-month"),
                ReportColumn.money("averageOrderValueFirstHalf", "analytics.report.col.aov-first"),
                ReportColumn.money("averageOrderValueSecondHalf", "analytics.report.col.aov-second"),
                ReportColumn.percent("averageOrderValueTrend", "analytics.report.col.aov-trend"),
                ReportColumn.integer("ordersFirstHalf", "analytics.report.col.orders-first"),
                ReportColumn.integer("ordersSecondHalf", "analytics.report.col.orders-second"),
                ReportColumn.percent("frequencyTrend", "analytics.report.col.frequency-trend"));
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String conditions = CustomerWhere.of(filter, params);
        boolean join = CustomerWhere.any(filter);
        params.put("from", filter.from());
        params.put("end", filter.end());
        params.put("mid", middle(filter));
        Map<String, Object> rowParams = new LinkedHashMap<>(params);
        rowParams.put("limit", Math.max(limit, 1));
        boolean everyone = filter.scope().all() && !join && trailingTotals.covers(filter.from(), filter.to());
        putMonths(filter, params);
        List<Buyer> buyers = jdbc.sql(everyone ? trailingSql() : sql(conditions, join)).params(rowParams)
                .query(PurchasingPowerReport::buyer).list();
        long customers = buyers.isEmpty() ? 0 : buyers.get(0).n;
        BigDecimal revenue = buyers.isEmpty() ? BigDecimal.ZERO : buyers.get(0).totalRevenue;
        long orders = buyers.isEmpty() ? 0 : buyers.get(0).totalOrders;
        BigDecimal months = BigDecimal.valueOf(filter.months());
        List<List<Object>> rows = new ArrayList<>();
        for (Buyer b : buyers.subList(0, Math.min(limit, buyers.size()))) {
            BigDecimal aov1 = Percent.ratio(b.revenue1, BigDecimal.valueOf(b.orders1));
            BigDecimal aov2 = Percent.ratio(b.revenue2, BigDecimal.valueOf(b.orders2));
            rows.add(Arrays.asList(b.code, b.name, b.orders, b.revenue, Percent.ratio(b.revenue, BigDecimal.valueOf(b.orders)),
                    Percent.ratio(BigDecimal.valueOf(b.orders), months), aov1, aov2, change(aov1, aov2), b.orders1, b.orders2,
                    change(BigDecimal.valueOf(b.orders1), BigDecimal.valueOf(b.orders2))));
        }
        List<ReportFigure> totals = List.of(
                new ReportFigure("customers", "analytics.report.total.buying-customers", ReportColumn.Kind.INTEGER, customers),
                new ReportFigure("orders", "analytics.report.total.orders", ReportColumn.Kind.INTEGER, orders),
                new ReportFigure("revenue", "analytics.report.total.revenue", ReportColumn.Kind.MONEY, revenue),
                new ReportFigure("averageOrderValue", "analytics.report.col.aov", ReportColumn.Kind.MONEY,
                        Percent.ratio(revenue, BigDecimal.valueOf(orders))),
                new ReportFigure("ordersPerCustomerPerMonth", "analytics.report.total.orders-per-customer-month",
                        ReportColumn.Kind.DECIMAL, customers == 0 ? null
                                : Percent.ratio(BigDecimal.valueOf(orders), BigDecimal.valueOf(customers).multiply(months))));
        return new ReportResult(columns(filter), rows, customers, totals,
                List.of(chart(filter, everyone ? monthlyTrailingSql() : monthlySql(conditions, join), params)));
    }

    private ReportChart chart(ReportFilter filter, String monthly, Map<String, Object> params) {
        List<java.time.YearMonth> months = TransactionReport.months(filter.from(), filter.to());
        BigDecimal[] aov = new BigDecimal[months.size()];
        BigDecimal[] frequency = new BigDecimal[months.size()];
        jdbc.sql(monthly).params(params).query(rs -> {
            int m = months.indexOf(java.time.YearMonth.from(rs.getObject("month", LocalDate.class)));
            BigDecimal orders = BigDecimal.valueOf(rs.getLong("orders"));
            aov[m] = Percent.ratio(rs.getBigDecimal("revenue"), orders);
            frequency[m] = Percent.ratio(orders, BigDecimal.valueOf(rs.getLong("customers")));
        });
        return ReportChart.of("dual", "analytics.report.purchasing-power.chart",
                months.stream().map(Object::toString).toList(), List.of(
                        new ReportChart.Series(labels.text("analytics.report.col.aov"), "bar", Arrays.asList(aov)),
                        new ReportChart.Series(labels.text("analytics.report.col.orders-per-buyer"), "line",
                                Arrays.asList(frequency))));
    }

    /** The change from {@code before} to {@code after} in percent; null when there was nothing before. */
    static BigDecimal change(BigDecimal before, BigDecimal after) {
        if (before == null || after == null || before.signum() <= 0) {
            return null;
        }
        return Percent.of(after.subtract(before), before);
    }

    private record Buyer(String code, String name, long orders, BigDecimal revenue, BigDecimal revenue1, long orders1,
            BigDecimal revenue2, long orders2, long n, BigDecimal totalRevenue, long totalOrders) {
    }

    private static Buyer buyer(ResultSet rs, int n) throws SQLException {
        return new Buyer(rs.getString("code"), rs.getString("name"), rs.getLong("orders"), rs.getBigDecimal("revenue"),
                rs.getBigDecimal("revenue1"), rs.getLong("orders1"), rs.getBigDecimal("revenue2"), rs.getLong("orders2"),
                rs.getLong("n"), rs.getBigDecimal("total_revenue"), rs.getLong("total_orders"));
    }
}

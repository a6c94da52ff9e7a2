package org.kehu.analytics.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.analytics.TrailingTotals;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.export.TableExport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer contribution (客户贡献分析): net revenue per customer in the period, ranked, with each customer's share
 * and the cumulative share, and the Pareto figure: the share of revenue that the top 20 % of customers (rounded
 * up, at least one) bring. Ties in revenue rank by customer id, so the ranking is stable.
 */
@Component
class ContributionReport implements Report {

    /** The customers drawn as bars on the Pareto chart; the cumulative line still covers everyone. */
    static final int CHART_BARS = 30;

    /** Revenue per customer, ranked, with the totals of the whole set on every row (materialised once). */
    static String sql(String where, boolean joinCustomer) {
        return """
                with per as (
                    select s.customer_id, sum(s.amount) as revenue
                      from analytics_sales_day s %s %s
                     group by s.customer_id),
                ranked as (
                    select customer_id, revenue,
                           row_number() over w as rank,
                           sum(revenue) over (w rows unbounded preceding) as cumulative
                      from per window w as (order by revenue desc, customer_id)),
                whole as (
                    select count(*) as n, coalesce(sum(revenue), 0) as total from per),
                pareto as (
                    select coalesce(sum(r.revenue), 0) as top from ranked r, whole
                     where r.rank <= greatest(1, ceil(whole.n * 0.2)))
                select r.rank, r.customer_id, r.revenue, r.cumulative, whole.n, whole.total, pareto.top,
                       c.code, c.name, c.province_code, c.grade_code
                  from whole cross join pareto
                  left join ranked r on r.rank <= :limit
                  left join customer c on c.id = r.customer_id
                 order by r.rank
                """.formatted(joinCustomer ? "join customer c on c.id = s.customer_id" : "", where);
    }

    /**
     * The same figures from the per-customer totals of the last twelve months ({@link TrailingTotals}), for a reader
     * who sees everyone and filters nothing but that period: the count and sum over one row per customer, the Pareto
     * sum and the shown rows in the order of the totals' index.
     */
    static String trailingSql() {
        return """
                with whole as (
                    select coalesce(sum(customers), 0) as n, coalesce(sum(amount), 0) as total
                      from analytics_customer_trailing_totals),
                pareto as (
                    select coalesce(sum(t.amount), 0) as top
                      from (select amount from analytics_customer_trailing order by amount desc, customer_id
                             limit (select greatest(1, ceil(n * 0.2))::bigint from whole)) t),
                ranked as (
                    select customer_id, amount as revenue, row_number() over w as rank,
                           sum(amount) over (w rows unbounded preceding) as cumulative
                      from (select customer_id, amount from analytics_customer_trailing
                             order by amount desc, customer_id limit :limit) t
                    window w as (order by amount desc, customer_id))
                select r.rank, r.customer_id, r.revenue, r.cumulative, whole.n, whole.total, pareto.top,
                       c.code, c.name, c.province_code, c.grade_code
                  from whole cross join pareto
                  left join ranked r on true
                  left join customer c on c.id = r.customer_id
                 order by r.rank
                """;
    }

    /** Whether the per-customer totals answer this filter: everyone, no filter, exactly their period. */
    static boolean trailing(ReportFilter f, TrailingTotals totals) {
        return f.scope().all() && f.owners() == null && f.region() == null && f.grade() == null && f.category() == null
                && totals.covers(f.from(), f.to());
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final ReportLabels labels;
    private final TrailingTotals trailingTotals;

    ContributionReport(JdbcClient jdbc, JdbcTemplate template, ReportLabels labels, TrailingTotals totals) {
        this.jdbc = jdbc;
        this.trailingTotals = totals;
        JdbcTemplate t = new JdbcTemplate(template.getDataSource());
        t.setFetchSize(1000);
        this.streaming = new NamedParameterJdbcTemplate(t);
        this.labels = labels;
    }

    @Override
    public String key() {
        return "contribution";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<ReportFilterField> filters() {
        return EnumSet.allOf(ReportFilterField.class);
    }

    @Override
    public List<ReportColumn> columns(ReportFilter filter) {
        return columns();
    }

    static List<ReportColumn> columns() {
        return List.of(ReportColumn.integer("rank", "analytics.report.col.rank"),
                ReportColumn.text("code", "analytics.report.col.customer-code"),
                ReportColumn.text("customer", "analytics.report.col.customer"),
                ReportColumn.text("region", "analytics.report.col.region"),
                ReportColumn.text("grade", "analytics.report.col.grade"),
                ReportColumn.money("revenue", "analytics.report.col.revenue"),
                ReportColumn.percent("share", "analytics.report.col.share"),
                ReportColumn.percent("cumulativeShare", "analytics.report.col.cumulative-share"));
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = SalesWhere.of(filter, params);
        params.put("limit", limit);
        String query = trailing(filter, trailingTotals) ? trailingSql() : sql(where, SalesWhere.needsCustomer(filter));
        List<Ranked> ranked = jdbc.sql(query).params(params)
                .query(ContributionReport::ranked).list();
        long customers = ranked.isEmpty() ? 0 : ranked.get(0).n;
        BigDecimal total = ranked.isEmpty() ? BigDecimal.ZERO : ranked.get(0).total;
        BigDecimal top = ranked.isEmpty() ? BigDecimal.ZERO : ranked.get(0).top;
        List<List<Object>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<BigDecimal> bars = new ArrayList<>();
        List<BigDecimal> line = new ArrayList<>();
        for (Ranked r : ranked) {
            if (r.rank == null) {
                continue;
            }
            rows.add(row(r, total));
            if (names.size() < CHART_BARS) {
                names.add(r.name);
                bars.add(r.revenue);
                line.add(Percent.of(r.cumulative, total));
            }
        }
        long topCustomers = customers == 0 ? 0 : Math.max(1, (long) Math.ceil(customers * 0.2));
        List<ReportFigure> totals = List.of(
                new ReportFigure("customers", "analytics.report.total.customers", ReportColumn.Kind.INTEGER, customers),
                new ReportFigure("revenue", "analytics.report.total.revenue", ReportColumn.Kind.MONEY, total),
                new ReportFigure("topCustomers", "analytics.report.total.top-customers", ReportColumn.Kind.INTEGER, topCustomers),
                new ReportFigure("paretoShare", "analytics.report.total.pareto-share", ReportColumn.Kind.PERCENT,
                        Percent.of(top, total)));
        ReportChart chart = ReportChart.of("pareto", "analytics.report.contribution.chart", names, List.of(
                new ReportChart.Series(labels.text("analytics.report.col.revenue"), "bar", bars),
                new ReportChart.Series(labels.text("analytics.report.col.cumulative-share"), "line", line)));
        return new ReportResult(columns(), rows, customers, totals, List.of(chart));
    }

    private List<Object> row(Ranked r, BigDecimal total) {
        List<Object> row = new ArrayList<>(8);
        row.add(r.rank);
        row.add(r.code);
        row.add(r.name);
        row.add(labels.region(r.province));
        row.add(labels.dictionary(DictionaryType.CUSTOMER_GRADE, r.grade));
        row.add(r.revenue);
        row.add(Percent.of(r.revenue, total));
        row.add(Percent.of(r.cumulative, total));
        return row;
    }

    /** Streams every ranked customer; the fetch size needs the transaction. */
    @Override
    @Transactional(readOnly = true)
    public void export(ReportFilter filter, TableExport.RowSink sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = SalesWhere.of(filter, params);
        params.put("limit", Long.MAX_VALUE);
        String query = trailing(filter, trailingTotals) ? trailingSql() : sql(where, SalesWhere.needsCustomer(filter));
        streaming.query(query, params, rs -> {
            Ranked r = ranked(rs, 0);
            if (r.rank != null) {
                sink.row(row(r, r.total));
            }
        });
    }

    private record Ranked(Long rank, BigDecimal revenue, BigDecimal cumulative, long n, BigDecimal total,
            BigDecimal top, String code, String name, String province, String grade) {
    }

    private static Ranked ranked(ResultSet rs, int n) throws SQLException {
        return new Ranked((Long) rs.getObject("rank"), rs.getBigDecimal("revenue"), rs.getBigDecimal("cumulative"),
                rs.getLong("n"), rs.getBigDecimal("total"), rs.getBigDecimal("top"), rs.getString("code"),
                rs.getString("name"), rs.getString("province_code"), rs.getString("grade_code"));
    }
}

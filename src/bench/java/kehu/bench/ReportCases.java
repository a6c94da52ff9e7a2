package kehu.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.kehu.analytics.report.ReportSql;
import org.kehu.shared.BusinessTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * The report cases: each report of {@code /api/v1/reports} over the last twelve months as {@code executive}
 * (scope: all, no filter but the period; 1,000 rows, the API's default), against the same statements
 * ({@link ReportSql}) over JDBC, one after the other as the report runs them.
 */
final class ReportCases extends Cases {

    /** Every key of {@code GET /api/v1/reports/{key}} that issue 9 names (the bench data has no tickets and no churn). */
    private static final List<String> REPORTS = List.of("contribution", "composition", "transactions", "purchasing-power",
            "rfm", "statistics", "service", "churn");
    /** The statement of {@code org.kehu.churn.ChurnAnalysis#report} for a reader who sees everyone (copied: the churn module keeps it). */
    private static final String CHURN = """
            select to_char(a.at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, a.reason_code, c.province_code,
                   c.grade_code, count(*) as n
              from churn_action a join customer c on c.id = a.customer_id
             where a.action = 'CONFIRMED' and a.at >= :from and a.at < :end group by 1, 2, 3, 4 order by 1, 2, 3, 4""";

    private final LocalDate to = LocalDate.now(BusinessTime.ZONE);
    private final LocalDate from = to.minusYears(1).plusDays(1);

    /**
     * The cases to run ({@code --only rfm,statistics,transactions-category,forecast}); empty: all. {@code no-before} in
     * the list leaves out the "before" statements (the day rows), which take tens of seconds a sample at full size.
     */
    private final List<String> only;

    ReportCases(DataSource dataSource, ServerClock serverClock, int port, int requests, boolean explain, List<String> only) {
        super(dataSource, serverClock, port, requests, explain);
        this.only = only;
    }

    private boolean runs(String name) {
        return only.stream().allMatch("no-before"::equals) || only.contains(name);
    }

    /** Printed at once as well as at the end: a full-size run takes long, and a slow case should not hide the others. */
    private static String early(String result) {
        System.out.println(result);
        return result;
    }

    /** Queries of a hundred milliseconds and more: ten calls warm the JIT enough. */
    @Override
    int warmUp() {
        return 10;
    }

    String token() {
        return token;
    }

    void runAll() throws Exception {
        token = createToken();
        List<String> results = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            printRows(c);
            // The raw statements are planned as the application plans them (ReportCatalog.run).
            try (var st = c.createStatement()) {
                st.execute("set plan_cache_mode = force_custom_plan");
            }
            for (String report : REPORTS) {
                if (!runs(report)) {
                    continue;
                }
                String url = "/api/v1/reports/" + report + "?from=" + from + "&to=" + to;
                // The first request apart: the RFM report ranks the buyers then, and serves its remembered groups after.
                serverClock.clear();
                get(url);
                double firstMs = serverClock.take() / 1e6;
                Timings http = measureHttp("report_" + report + "_12m", i -> url);
                List<ReportSql.Statement> statements = "churn".equals(report) ? List.of(new ReportSql.Statement(CHURN, Map.of()))
                        : ReportSql.statements(report, from, to.plusDays(1));
                Timings raw = measureStatements(c, statements);
                // "Before": the day rows for the reports that summed them, the customers and orders for statistics.
                List<ReportSql.Statement> before = "churn".equals(report) ? statements
                        : ReportSql.before(report, from, to.plusDays(1));
                String line = result("report_" + report + "_12m", http, raw) + " first_request_ms=%.2f".formatted(firstMs);
                if (!only.contains("no-before")) {
                    line += days(http, before.equals(statements) ? raw : measureStatements(c, before));
                }
                results.add(early(line));
            }
            if (runs("transactions-category")) {
                results.add(early(transactionsByCategory(c)));
            }
            if (runs("forecast")) {
                results.add(forecast());
            }
        }
        report(results);
    }

    private String transactionsByCategory(Connection c) throws Exception {
        String url = "/api/v1/reports/transactions?dimension=category&from=" + from + "&to=" + to;
        Timings http = measureHttp("report_transactions_category_12m", i -> url);
        Map<String, Object> params = new HashMap<>();
        String sql = ReportSql.transactionsByCategory(from, to.plusDays(1), params);
        Timings raw = measureStatements(c, List.of(new ReportSql.Statement(sql, params)));
        String line = result("report_transactions_category_12m", http, raw);
        return only.contains("no-before") ? line : line + days(http, measure(c, ReportSql.fromDays("transactions-category")));
    }

    /** The company's sales forecast alone (the first request, then p95), for a run without the reports. */
    void forecastOnly() throws Exception {
        token = createToken();
        report(List.of(forecast()));
    }

    /**
     * The company's sales forecast ({@code GET /api/v1/forecasts/sales}): the very first request (nothing cached, cold
     * paths), then the usual samples. Its series is the month rollup's, so there is one raw statement to set beside it.
     */
    private String forecast() throws Exception {
        serverClock.clear();
        var first = get("/api/v1/forecasts/sales");
        double firstMs = serverClock.take() / 1e6;
        Timings http = measureHttp("forecast_company", i -> "/api/v1/forecasts/sales");
        try (Connection c = dataSource.getConnection()) {
            Timings raw = measure(c, List.of("select month, sum(amount) from analytics_sales_month where month < :monthEnd group by 1"));
            return result("forecast_company", http, raw) + " first_request_ms=%.2f first_status=%d".formatted(firstMs, first.statusCode());
        }
    }

    /**
     * The ratio against the same figures as the reports computed them before their read models ({@code ReportSql.before}):
     * summed from the day rows before the rollups; for statistics, counted from the customers and orders before the
     * owner counts.
     */
    private static String days(Timings http, Timings days) {
        return " days_raw_p95_ms=%.2f days_ratio=%.2f".formatted(days.percentile(95),
                http.unavailableStatus() != 0 ? Double.NaN : http.percentile(95) / days.percentile(95));
    }

    /**
     * The read model's tables and their rows: what each path reads. Each is vacuumed first: a vacuum that ran while a
     * load's transaction was still open leaves the visibility map unset, and an index-only scan then reads the heap
     * too (the contribution report's top fifth: 170 ms instead of 50).
     */
    private static void printRows(Connection c) throws java.sql.SQLException {
        c.setAutoCommit(true);
        for (String table : List.of("analytics_sales_day", "analytics_sales_month", "analytics_purchase_day",
                "analytics_purchase_month", "analytics_customer_trailing", "analytics_sales_month_attr", "analytics_sales_day_attr", "analytics_customer_attr",
                "analytics_owner_day", "analytics_owner_month")) {
            try (var st = c.createStatement()) {
                st.execute("vacuum analyze " + table);
            }
            try (var st = c.createStatement(); var rs = st.executeQuery("select count(*) from " + table)) {
                rs.next();
                System.out.printf("bench: %s rows=%,d%n", table, rs.getLong(1));
            }
        }
        try (var st = c.createStatement(); var rs = st.executeQuery("""
                select count(*) from (select distinct date_trunc('month', day), customer_id, owner_id, category_id
                  from analytics_sales_day) m""")) {
            rs.next();
            System.out.printf("bench: customer-month rows a monthly rollup with the customer would hold=%,d%n", rs.getLong(1));
        }
    }

    /** All statements, in turn, as one sample, with the common parameters only. */
    private Timings measure(Connection c, List<String> statements) throws Exception {
        return measureStatements(c, statements.stream().map(sql -> new ReportSql.Statement(sql, Map.of())).toList());
    }

    /** All statements of a report, in turn, as one sample; each with the common parameters and its own. */
    private Timings measureStatements(Connection c, List<ReportSql.Statement> statements) throws Exception {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to.plusDays(1));
        LocalDate end = to.plusDays(1);
        LocalDate monthFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        MapSqlParameterSource common = new MapSqlParameterSource().addValue("from", Date.valueOf(from))
                .addValue("end", Date.valueOf(end)).addValue("limit", 1000)
                .addValue("mid", Date.valueOf(from.plusDays((days + 1) / 2)))
                .addValue("monthFrom", Date.valueOf(monthFrom)).addValue("monthEnd", Date.valueOf(end.withDayOfMonth(1)));
        List<PreparedStatement> prepared = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        List<MapSqlParameterSource> paramsOf = new ArrayList<>();
        for (ReportSql.Statement statement : statements) {
            MapSqlParameterSource own = new MapSqlParameterSource(common.getValues());
            statement.params().forEach((k, v) -> own.addValue(k, v instanceof LocalDate d ? Date.valueOf(d) : v));
            paramsOf.add(own);
            MapSqlParameterSource params = own;
            ParsedSql parsed = NamedParameterUtils.parseSqlStatement(statement.sql());
            prepared.add(c.prepareStatement(NamedParameterUtils.substituteNamedParameters(parsed, params)));
            values.add(NamedParameterUtils.buildValueArray(parsed, params, null));
        }
        if (explain) {
            for (int s = 0; s < statements.size(); s++) {
                try (PreparedStatement ps = c.prepareStatement("explain (analyze, costs off) " + NamedParameterUtils
                        .substituteNamedParameters(NamedParameterUtils.parseSqlStatement(statements.get(s).sql()), paramsOf.get(s)))) {
                    bind(ps, values.get(s));
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            System.out.println("plan: " + rs.getString(1));
                        }
                    }
                }
            }
        }
        Timings t = new Timings();
        for (int i = 0; i < warmUp() + requests; i++) {
            long start = System.nanoTime();
            for (int s = 0; s < prepared.size(); s++) {
                bind(prepared.get(s), values.get(s));
                drain(prepared.get(s));
            }
            if (i >= warmUp()) {
                t.add(System.nanoTime() - start);
            }
        }
        for (PreparedStatement ps : prepared) {
            ps.close();
        }
        return t;
    }

    private static void bind(PreparedStatement ps, Object[] values) throws java.sql.SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}

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

    private static final List<String> REPORTS = List.of("contribution", "composition", "transactions", "purchasing-power");

    private final LocalDate to = LocalDate.now(BusinessTime.ZONE);
    private final LocalDate from = to.minusYears(1).plusDays(1);

    ReportCases(DataSource dataSource, ServerClock serverClock, int port, int requests, boolean explain) {
        super(dataSource, serverClock, port, requests, explain);
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
            for (String report : REPORTS) {
                String url = "/api/v1/reports/" + report + "?from=" + from + "&to=" + to;
                Timings http = measureHttp("report_" + report + "_12m", i -> url);
                Timings raw = measureStatements(c, ReportSql.of(report));
                Timings days = ReportSql.of(report).equals(ReportSql.fromDays(report)) ? raw
                        : measureStatements(c, ReportSql.fromDays(report));
                results.add(result("report_" + report + "_12m", http, raw) + days(http, days));
            }
            String url = "/api/v1/reports/transactions?dimension=category&from=" + from + "&to=" + to;
            Timings http = measureHttp("report_transactions_category_12m", i -> url);
            Map<String, Object> params = new HashMap<>();
            String sql = ReportSql.transactionsByCategory(from, to.plusDays(1), params);
            Timings raw = measureStatements(c, List.of(sql), params);
            Timings days = measureStatements(c, ReportSql.fromDays("transactions-category"));
            results.add(result("report_transactions_category_12m", http, raw) + days(http, days));
            results.add(forecast());
        }
        report(results);
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
            Timings raw = measureStatements(c, List.of("select month, sum(amount) from analytics_sales_month where month < :monthEnd group by 1"));
            return result("forecast_company", http, raw) + " first_request_ms=%.2f first_status=%d".formatted(firstMs, first.statusCode());
        }
    }

    /** The ratio against the same figures summed from the day rows, as the reports did before the rollups. */
    private static String days(Timings http, Timings days) {
        return " days_raw_p95_ms=%.2f days_ratio=%.2f".formatted(days.percentile(95),
                http.unavailableStatus() != 0 ? Double.NaN : http.percentile(95) / days.percentile(95));
    }

    /** The read model's tables and their rows: what each path reads. */
    private static void printRows(Connection c) throws java.sql.SQLException {
        for (String table : List.of("analytics_sales_day", "analytics_sales_month", "analytics_purchase_day",
                "analytics_purchase_month", "analytics_customer_trailing")) {
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

    /** All statements of a report, in turn, as one sample. */
    private Timings measureStatements(Connection c, List<String> statements) throws Exception {
        return measureStatements(c, statements, Map.of());
    }

    private Timings measureStatements(Connection c, List<String> statements, Map<String, Object> extra) throws Exception {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to.plusDays(1));
        LocalDate end = to.plusDays(1);
        LocalDate monthFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", Date.valueOf(from))
                .addValue("end", Date.valueOf(end)).addValue("limit", 1000)
                .addValue("mid", Date.valueOf(from.plusDays((days + 1) / 2)))
                .addValue("monthFrom", Date.valueOf(monthFrom)).addValue("monthEnd", Date.valueOf(end.withDayOfMonth(1)));
        extra.forEach((k, v) -> params.addValue(k, v instanceof LocalDate d ? Date.valueOf(d) : v));
        List<PreparedStatement> prepared = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (String sql : statements) {
            ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
            prepared.add(c.prepareStatement(NamedParameterUtils.substituteNamedParameters(parsed, params)));
            values.add(NamedParameterUtils.buildValueArray(parsed, params, null));
        }
        if (explain) {
            for (int s = 0; s < statements.size(); s++) {
                try (PreparedStatement ps = c.prepareStatement("explain (analyze, costs off) "
                        + NamedParameterUtils.substituteNamedParameters(NamedParameterUtils.parseSqlStatement(statements.get(s)), params))) {
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

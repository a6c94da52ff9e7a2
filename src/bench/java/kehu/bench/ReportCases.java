package kehu.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    void runAll() throws Exception {
        token = createToken();
        List<String> results = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String report : REPORTS) {
                String url = "/api/v1/reports/" + report + "?from=" + from + "&to=" + to;
                Timings http = measureHttp("report_" + report + "_12m", i -> url);
                Timings raw = measureStatements(c, ReportSql.of(report));
                results.add(result("report_" + report + "_12m", http, raw));
            }
        }
        report(results);
    }

    /** All statements of a report, in turn, as one sample. */
    private Timings measureStatements(Connection c, List<String> statements) throws Exception {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to.plusDays(1));
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", Date.valueOf(from))
                .addValue("end", Date.valueOf(to.plusDays(1))).addValue("limit", 1000)
                .addValue("mid", Date.valueOf(from.plusDays((days + 1) / 2)));
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

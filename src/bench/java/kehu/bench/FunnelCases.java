package kehu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.kehu.identity.UserDirectory;
import org.kehu.sales.internal.OpportunityQueries;
import org.kehu.shared.BusinessTime;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;

/**
 * The funnel cases: the page {@code /funnel} for the last twelve months, signed in (the page has no token access)
 * as {@code executive} (scope: all) and as {@code director} (scope: his department's owners), each against the
 * same SQL ({@link OpportunityQueries#funnelSql}) with the same parameters over JDBC.
 */
final class FunnelCases extends Cases {

    private final UserDirectory users;
    private final LocalDate to = LocalDate.now(BusinessTime.ZONE);
    private final LocalDate from = to.minusYears(1);
    private HttpClient session;

    FunnelCases(DataSource dataSource, ServerClock serverClock, int port, int requests, boolean explain, UserDirectory users) {
        super(dataSource, serverClock, port, requests, explain);
        this.users = users;
    }

    /** A query of about a hundred milliseconds: twenty calls are enough for the JIT, a thousand would take minutes. */
    @Override
    int warmUp() {
        return 20;
    }

    List<String> run() throws Exception {
        List<String> results = new ArrayList<>();
        String url = "/funnel?from=" + from + "&to=" + to;
        try (Connection c = dataSource.getConnection()) {
            session = signIn("executive");
            Timings all = measureHttp("funnel_all_12m", i -> url);
            Timings allRaw = measureFunnelSql(c, " where true and o.created_at >= :from and o.created_at < :to", null);
            results.add(result("funnel_all_12m", all, allRaw));

            session = signIn("director");
            Long[] scope;
            try (PreparedStatement ps = c.prepareStatement("select department_id from app_user where username = 'director'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                scope = users.usersInDepartmentTree(rs.getLong(1)).toArray(Long[]::new);
            }
            Timings dept = measureHttp("funnel_director_12m", i -> url);
            Timings deptRaw = measureFunnelSql(c,
                    " where true and o.owner_id = any(:scope) and o.created_at >= :from and o.created_at < :to", scope);
            results.add(result("funnel_director_12m", dept, deptRaw));
        }
        return results;
    }

    /** The funnel's SQL around {@code where}, bound as {@code OpportunityQueries} binds it (scope array, then the period). */
    private Timings measureFunnelSql(Connection c, String where, Long[] scope) throws Exception {
        String sql = NamedParameterUtils.parseSqlStatementIntoString(OpportunityQueries.funnelSql(where));
        Timestamp start = Timestamp.from(from.atStartOfDay(BusinessTime.ZONE).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        Array ids = scope == null ? null : c.createArrayOf("bigint", scope);
        return measureSql(c, sql, i -> ps -> {
            int p = 1;
            if (ids != null) {
                ps.setArray(p++, ids);
            }
            ps.setTimestamp(p++, start);
            ps.setTimestamp(p, end);
        });
    }

    /** The page as a browser asks for it, with the session cookie instead of a token. */
    @Override
    HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").GET().build();
        return session.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

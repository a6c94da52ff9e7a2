package kehu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.kehu.analytics.SalesReadModel;

/**
 * The home page with each role's dashboard (target p95 ≤ 100 ms): as {@code executive} (the company: twelve months of
 * revenue, top customers, funnel, forecast, satisfaction, churn), {@code director} (his team per person), {@code manager}
 * (his month) and {@code servicelead} (the service desk). The orders go in by {@code COPY}, without events, so the sales
 * read model is rebuilt from them first. There is no single raw SQL to set beside a dashboard (it is several queries),
 * so the line gives the server time only.
 */
final class DashboardCases extends Cases {

    /** The demo users, one per role. */
    static final List<String> ROLES = List.of("admin", "executive", "director", "manager", "manager2", "service", "servicelead",
            "marketing");

    private final SalesReadModel readModel;
    private HttpClient session;

    DashboardCases(DataSource dataSource, ServerClock serverClock, int port, int requests, SalesReadModel readModel) {
        super(dataSource, serverClock, port, requests, false);
        this.readModel = readModel;
    }

    @Override
    int warmUp() {
        return 20;
    }

    List<String> run() throws Exception {
        return run(true, List.of("executive", "director", "manager", "servicelead"));
    }

    /** Every role's home page: the demo users, one per role. */
    List<String> everyRole() throws Exception {
        return run(false, ROLES);
    }

    private List<String> run(boolean rebuild, List<String> users) throws Exception {
        if (rebuild) {
            long start = System.nanoTime();
            readModel.rebuildAll();
            System.out.printf("bench: sales read model rebuilt from the orders (%.1f s)%n", Bench.seconds(start));
        }
        List<String> results = new ArrayList<>();
        for (String user : users) {
            session = signIn(user);
            Timings t = measureHttp("dashboard_" + user, i -> "/");
            results.add(t.unavailableStatus() != 0 ? "RESULT case=dashboard_%s p95_ms=n/a (HTTP %d)".formatted(user, t.unavailableStatus())
                    : "RESULT case=dashboard_%s p50_ms=%.2f p95_ms=%.2f target_p95_ms=100".formatted(user, t.percentile(50),
                            t.percentile(95)));
        }
        return results;
    }

    @Override
    HttpResponse<String> get(String path) throws Exception {
        return session.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

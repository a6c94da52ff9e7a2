package kehu.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.kehu.identity.internal.ApiTokenAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * What every set of cases shares: a personal access token for {@code executive} (data scope: all), HTTP
 * and raw-SQL timing after a warm-up, and the {@code RESULT} lines with the server floor.
 */
abstract class Cases {

    /** Requests before measuring, so that the JIT has compiled the hot paths (C2 needs thousands of calls). */
    static final int WARM_UP = 1000;

    final DataSource dataSource;
    final String base;
    final int requests;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final JsonMapper json = JsonMapper.builder().build();
    final boolean explain;
    String token;

    final ServerClock serverClock;
    private final java.util.Map<String, Timings> roundTrips = new java.util.LinkedHashMap<>();

    Cases(DataSource dataSource, ServerClock serverClock, int port, int requests, boolean explain) {
        this.dataSource = dataSource;
        this.serverClock = serverClock;
        this.explain = explain;
        this.base = "http://127.0.0.1:" + port;
        this.requests = requests;
    }

    /** Prints the server floor, the client round trips and the results. */
    void report(List<String> results) throws Exception {
        Timings floor = measureHttp("floor", i -> "/actuator/health");
        System.out.println();
        System.out.printf("bench: server floor, GET /actuator/health (no database) p50_ms=%.2f p95_ms=%.2f%n",
                floor.percentile(50), floor.percentile(95));
        roundTrips.remove("floor");
        roundTrips.forEach((name, t) -> System.out.printf(
                "bench: %s client round trip (HTTP client included) p50_ms=%.2f p95_ms=%.2f%n", name, t.percentile(50), t.percentile(95)));
        results.forEach(System.out::println);
    }

    String createToken() throws SQLException {
        return createToken(dataSource);
    }

    /** A personal access token of {@code executive} (data scope: all), written straight into the table. */
    static String createToken(DataSource dataSource) throws SQLException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String value = "kehu_bench_" + HexFormat.of().formatHex(random);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into api_token(user_id, name, token_hash, prefix)
                select id, 'bench', ?, ? from app_user where username = 'executive'""")) {
            ps.setString(1, ApiTokenAuthenticationFilter.sha256(value));
            ps.setString(2, value.substring(0, 12));
            ps.executeUpdate();
        }
        return value;
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    interface SqlFor {
        Binder at(int i);
    }

    interface UrlFor {
        String at(int i);
    }

    /** Requests before the measured ones; slow cases need fewer for the JIT to have compiled their paths. */
    int warmUp() {
        return WARM_UP;
    }

    Timings measureHttp(String name, UrlFor url) throws Exception {
        HttpResponse<String> probe = get(url.at(0));
        if (probe.statusCode() != 200) {
            return Timings.unavailable(name, probe.statusCode());
        }
        Timings server = new Timings();
        Timings roundTrip = new Timings();
        serverClock.clear();
        for (int i = 0; i < warmUp() + requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(url.at(i));
            long elapsed = System.nanoTime() - start;
            long serverTime = serverClock.take();
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + response.statusCode() + " for " + url.at(i));
            }
            if (i >= warmUp()) {
                roundTrip.add(elapsed);
                server.add(serverTime);
            }
        }
        roundTrips.put(name, roundTrip);
        return server;
    }

    Timings measureSql(Connection c, String sql, SqlFor binder) throws SQLException {
        if (explain) {
            try (PreparedStatement ps = c.prepareStatement("explain (analyze, costs off) " + sql)) {
                binder.at(0).bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        System.out.println("plan: " + rs.getString(1));
                    }
                }
            }
        }
        Timings t = new Timings();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < warmUp() + requests; i++) {
                long start = System.nanoTime();
                binder.at(i).bind(ps);
                drain(ps);
                if (i >= warmUp()) {
                    t.add(System.nanoTime() - start);
                }
            }
        }
        return t;
    }

    static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }


    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** Signs in through the login form; the client keeps the session cookie. */
    HttpClient signIn(String username) throws Exception {
        return signIn(username, "/login");
    }

    /** Signs in through the login form at {@code loginPath} (the staff one or the portal's, {@code /portal/login}). */
    HttpClient signIn(String username, String loginPath) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + loginPath)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + username + "&password=demo123&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + loginPath))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: HTTP " + answer.statusCode() + " " + location);
        }
        return client;
    }

    static String result(String name, Timings httpTimes, Timings raw) {
        double rawP95 = raw.percentile(95);
        if (httpTimes.unavailableStatus() != 0) {
            return "RESULT case=%s p50_ms=n/a p95_ms=n/a raw_p95_ms=%.2f ratio=n/a   (HTTP answered %d: the customer REST API is not on this build)"
                    .formatted(name, rawP95, httpTimes.unavailableStatus());
        }
        double p95 = httpTimes.percentile(95);
        return "RESULT case=%s p50_ms=%.2f p95_ms=%.2f raw_p95_ms=%.2f ratio=%.2f".formatted(name,
                httpTimes.percentile(50), p95, rawP95, p95 / rawP95);
    }
}

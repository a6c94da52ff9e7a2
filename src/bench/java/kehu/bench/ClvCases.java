package kehu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * The {@code clv} case: fits the BG/NBD and Gamma-Gamma models on every loaded customer's purchases and scores them
 * all ({@code POST /api/v1/analytics/clv/fit} as {@code executive}, then the background scoring), target ≤ 60 s on 2
 * cores with a bounded heap (run with {@code MAVEN_OPTS=-Xmx512m}). Prints the scoring's progress each second (customers
 * scored, heap in use) and ends with
 * {@code RESULT case=clv customers= fit_s= score_s= total_s= status= heap_max_used_mb= xmx_mb=}.
 */
final class ClvCases {

    private final DataSource dataSource;
    private final String base;
    private final String token;

    ClvCases(DataSource dataSource, int port, String token) {
        this.dataSource = dataSource;
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    String run() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong heapMax = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                heapMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "clv-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<String> fit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/analytics/clv/fit"))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        double fitSeconds = Bench.seconds(start);
        if (fit.statusCode() != 200) {
            sampler.interrupt();
            return "RESULT case=clv status=HTTP_%d fit_s=%.1f body=%s".formatted(fit.statusCode(), fitSeconds,
                    fit.body().length() > 200 ? fit.body().substring(0, 200) : fit.body());
        }
        System.out.printf("bench: clv fitted in %.1f s (HTTP answer), scoring every customer%n", fitSeconds);
        // The parameters: on the repeat buyers' orders they should come near the ones the orders were drawn with.
        System.out.println("bench: clv model " + (fit.body().length() > 900 ? fit.body().substring(0, 900) + "…" : fit.body()));
        String status = "SCORING";
        long customers = 0;
        long scored = 0;
        while ("SCORING".equals(status) && Bench.seconds(start) < 1800) {
            Thread.sleep(1000);
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select status, customers, scored from analytics_clv_model order by id desc limit 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                status = rs.getString(1);
                customers = rs.getLong(2);
                scored = rs.getLong(3);
            }
            System.out.printf("bench: clv %6.1f s %-8s scored=%,d/%,d heap_used_mb=%d%n", Bench.seconds(start), status, scored,
                    customers, memory.getHeapMemoryUsage().getUsed() >> 20);
        }
        double total = Bench.seconds(start);
        sampler.interrupt();
        return "RESULT case=clv customers=%d scored=%d fit_s=%.1f score_s=%.1f total_s=%.1f status=%s heap_max_used_mb=%d xmx_mb=%d target_s=60"
                .formatted(customers, scored, fitSeconds, total - fitSeconds, total, status, heapMax.get() >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
    }
}

package kehu.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.kehu.KehuApplication;
import org.kehu.shared.embedded.EmbeddedDatabase;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench/run chat [--connections N] [--requests R]}: the live Q&A under N open portal streams (default 500).
 * Node A starts on a fresh embedded database with the demo data, node B on the same database. N generated portal
 * accounts sign in, each asks a question and keeps its conversation's Server-Sent Event stream open; the operator
 * takes 20 of the conversations. Measured, as the time from sending a customer's message (a POST) until the line
 * carrying it arrives on the operator's stream: (1) everything on node A; (2) the customers' streams split over A and
 * B, the customer posting on A and the operator's stream on B. The raw reference is a bare {@code pg_notify} round
 * trip between two connections of the same database.
 */
final class ChatCases {

    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final int TAKEN = 20;

    private final int connections;
    private final int requests;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20)).build();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final List<Flow.Subscription> subscriptions = new ArrayList<>();

    /** A signed-in portal customer: session cookie, CSRF token, conversation. */
    private record Customer(String cookie, String csrf, long conversation) {
    }

    ChatCases(int connections, int requests) {
        this.connections = connections;
        this.requests = requests;
    }

    void run() throws Exception {
        long started = System.nanoTime();
        String[] common = {"--server.port=0", "--logging.level.root=WARN", "--logging.level.org.kehu=WARN",
            "--spring.main.banner-mode=off", "--kehu.scheduling.enabled=false", "--server.tomcat.max-connections=4000"};
        try (ConfigurableApplicationContext a = start(common, "--kehu.embedded.data-dir=target/bench-chat-db",
                "--kehu.embedded.clean=true", "--kehu.embedded.pool-size=20", "--kehu.demo-data=true", "--spring.datasource.url=")) {
            String db = a.getBean(EmbeddedDatabase.class).jdbcUrl();
            try (ConfigurableApplicationContext b = start(common, "--spring.datasource.url=" + db,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres", "--kehu.demo-data=false",
                    "--spring.datasource.hikari.maximum-pool-size=20")) {
                System.out.printf("bench: nodes A (%d) and B (%d) started (%.1f s)%n", port(a), port(b), Bench.seconds(started));
                DataSource dataSource = a.getBean(DataSource.class);
                Timings raw = rawNotify(dataSource);
                System.out.printf("RESULT chat.raw-pg-notify p50=%.2fms p95=%.2fms (%d round trips)%n", raw.percentile(50),
                        raw.percentile(95), requests);

                createAccounts(dataSource);
                String operatorA = staffSession(a);
                String operatorCsrfA = token(META_TOKEN, get(a, "/chat", operatorA).body());
                listen(a, "/chat/stream?after=0", operatorA);
                waitForPresence(dataSource);

                long signIn = System.nanoTime();
                List<Customer> customers = signInAndAsk(a);
                System.out.printf("bench: %d portal users signed in and asked (%.1f s)%n", customers.size(), Bench.seconds(signIn));
                for (int i = 0; i < TAKEN; i++) {
                    post(a, "/chat/conversations/" + customers.get(i).conversation() + "/take", operatorA, operatorCsrfA, null);
                }

                // (1) one node: every customer's stream and the operator's on A.
                for (Customer c : customers) {
                    listen(a, "/portal/chat/" + c.conversation() + "/stream?after=0", c.cookie());
                }
                Thread.sleep(2_000);
                Timings oneNode = measure(a, customers, "one");
                print("chat.one-node", oneNode, raw, customers.size());
                closeStreams();

                // (2) two nodes: customers' streams split over A and B, the operator's on B, customers post on A.
                String operatorB = staffSession(b);
                listen(b, "/chat/stream?after=0", operatorB);
                for (int i = 0; i < customers.size(); i++) {
                    Customer c = customers.get(i);
                    listen(i % 2 == 0 ? a : b, "/portal/chat/" + c.conversation() + "/stream?after=0", c.cookie());
                }
                Thread.sleep(2_000);
                Timings twoNodes = measure(a, customers, "two");
                print("chat.two-nodes", twoNodes, raw, customers.size());
                closeStreams();
            }
        }
    }

    private void print(String name, Timings t, Timings raw, int open) {
        System.out.printf("RESULT %s p50=%.1fms p95=%.1fms p99=%.1fms raw-p95=%.2fms ratio=%.1fx (%d open portal streams, %d messages)%n",
                name, t.percentile(50), t.percentile(95), t.percentile(99), raw.percentile(95),
                t.percentile(95) / raw.percentile(95), open, requests);
    }

    /** Customer messages of the taken conversations, one after another; each timed until the operator's stream has it. */
    private Timings measure(ConfigurableApplicationContext node, List<Customer> customers, String run) throws Exception {
        Timings t = new Timings();
        for (int i = -20; i < requests; i++) {
            Customer c = customers.get(Math.floorMod(i, TAKEN));
            String marker = "bench-" + run + "-" + i + "-" + System.nanoTime();
            long sent = System.nanoTime();
            HttpResponse<String> r = post(node, "/portal/chat/" + c.conversation() + "/messages", c.cookie(), c.csrf(), marker);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Posting answered " + r.statusCode() + ": " + r.body());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            Long at;
            while ((at = arrivals.remove(marker)) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The operator never received " + marker);
                }
                Thread.sleep(0, 200_000);
            }
            if (i >= 0) {
                t.add(at - sent);
            }
        }
        return t;
    }

    /** NOTIFY on one connection, LISTEN on another: the database's own round trip, the floor of any fan-out. */
    private Timings rawNotify(DataSource dataSource) throws Exception {
        Timings t = new Timings();
        try (Connection listener = dataSource.getConnection(); Connection sender = dataSource.getConnection();
                Statement l = listener.createStatement(); Statement s = sender.createStatement()) {
            listener.setAutoCommit(true);
            sender.setAutoCommit(true);
            l.execute("LISTEN bench_raw");
            PGConnection pg = listener.unwrap(PGConnection.class);
            for (int i = -50; i < requests; i++) {
                long sent = System.nanoTime();
                s.execute("select pg_notify('bench_raw', '" + i + "')");
                PGNotification[] got;
                do {
                    got = pg.getNotifications(1_000);
                } while (got == null || got.length == 0);
                if (i >= 0) {
                    t.add(System.nanoTime() - sent);
                }
            }
        }
        return t;
    }

    private void createAccounts(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("""
                    insert into portal_account(contact_id, customer_id, login, password_hash, status)
                    select ct.id, ct.customer_id, 'chatbench' || ct.id, (select password_hash from portal_account where login = 'buyer'), 'ACTIVE'
                      from contact ct where not exists (select 1 from portal_account a where a.contact_id = ct.id)
                     order by ct.id limit %d""".formatted(connections));
        }
    }

    private List<Customer> signInAndAsk(ConfigurableApplicationContext node) throws Exception {
        List<String> logins = new ArrayList<>();
        try (Connection c = node.getBean(DataSource.class).getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("select login from portal_account where login like 'chatbench%' order by id")) {
            while (rs.next()) {
                logins.add(rs.getString(1));
            }
        }
        List<Customer> customers = new ArrayList<>(java.util.Collections.nCopies(logins.size(), (Customer) null));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(logins.size());
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < logins.size(); i++) {
            int index = i;
            pool.execute(() -> {
                try {
                    customers.set(index, signInAndAsk(node, logins.get(index)));
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " portal users could not sign in and ask");
        }
        return customers;
    }

    private Customer signInAndAsk(ConfigurableApplicationContext node, String login) throws Exception {
        HttpResponse<String> page = get(node, "/portal/login", null);
        String cookie = session(page, null);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(node, "/portal/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + login + "&password=demo123&_csrf="
                        + encode(token(FORM_TOKEN, page.body())))).build(), HttpResponse.BodyHandlers.ofString());
        cookie = session(signedIn, cookie);
        String csrf = token(META_TOKEN, get(node, "/portal/chat", cookie).body());
        post(node, "/portal/chat", cookie, csrf, "Question of " + login);
        String chat = get(node, "/portal/chat", cookie).body();
        Matcher m = Pattern.compile("data-conversation=\"(\\d+)\"").matcher(chat);
        if (!m.find()) {
            throw new IllegalStateException("No conversation for " + login);
        }
        return new Customer(cookie, csrf, Long.parseLong(m.group(1)));
    }

    private String staffSession(ConfigurableApplicationContext node) throws Exception {
        HttpResponse<String> page = get(node, "/login", null);
        String cookie = session(page, null);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(node, "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=service&password=demo123&_csrf="
                        + encode(token(FORM_TOKEN, page.body())))).build(), HttpResponse.BodyHandlers.ofString());
        return session(signedIn, cookie);
    }

    /**
     * Opens a stream whose lines are read without a thread of their own; on the operator's stream a line with a
     * marker notes its arrival (the customers' own streams carry their markers too, and are not what is timed).
     */
    private void listen(ConfigurableApplicationContext node, String path, String cookie) {
        boolean operator = path.startsWith("/chat/");
        HttpRequest request = HttpRequest.newBuilder(uri(node, path)).header("Cookie", cookie)
                .header("Accept", "text/event-stream").build();
        http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                synchronized (subscriptions) {
                    subscriptions.add(subscription);
                }
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String line) {
                int at = line.indexOf("bench-");
                if (operator && at >= 0 && line.startsWith("data:")) {
                    long now = System.nanoTime();
                    int end = line.indexOf('"', at);
                    arrivals.put(line.substring(at, end < 0 ? line.length() : end), now);
                }
            }

            @Override
            public void onError(Throwable throwable) {
                // the bench closed the stream
            }

            @Override
            public void onComplete() {
                // the server ended the stream
            }
        }));
    }

    private void closeStreams() throws InterruptedException {
        synchronized (subscriptions) {
            subscriptions.forEach(Flow.Subscription::cancel);
            subscriptions.clear();
        }
        Thread.sleep(1_000);
    }

    private static void waitForPresence(DataSource dataSource) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    var rs = s.executeQuery("select count(*) from chat_operator_presence")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The operator never came online");
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(node, path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String cookie, String csrf, String text)
            throws Exception {
        return http.send(HttpRequest.newBuilder(uri(node, path)).header("Cookie", cookie).header("X-CSRF-TOKEN", csrf)
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(text == null ? "" : "text=" + encode(text))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String session(HttpResponse<?> response, String fallback) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(fallback);
    }

    private static ConfigurableApplicationContext start(String[] common, String... more) {
        List<String> args = new ArrayList<>(List.of(common));
        args.addAll(List.of(more));
        return new SpringApplication(KehuApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + port(node) + path);
    }

    private static String token(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return m.group(1);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

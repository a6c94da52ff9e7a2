package org.kehu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryEntry;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.embedded.EmbeddedDatabase;
import org.kehu.support.sla.BreachWatch;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: node A starts the embedded database, node B
 * points at it with {@code spring.datasource.url}. A user signed in on A goes on working on B and after A restarts;
 * a dictionary label changed on A is shown changed on B at once; a scheduled job started on both at the same moment
 * runs on one. Both nodes run the schedule as production does; the service-level check waits an hour before its
 * first run so that only the test starts it.
 */
class TwoNodesTests {

    private static final String DATA_DIR = "target/two-nodes-postgres";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What each node's lock provider was asked and answered: "A support.sla.breaches ran" or "... skipped". */
    private final List<String> lockAttempts = new CopyOnWriteArrayList<>();
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @AfterEach
    void stopNodes() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aSessionCrossesNodesAndRestartsCachesFollowEveryNodeAndAJobRunsOnce() throws Exception {
        ConfigurableApplicationContext a = start("A", "--kehu.embedded.data-dir=" + DATA_DIR);
        String databaseUrl = a.getBean(EmbeddedDatabase.class).jdbcUrl();
        String[] onAsDatabase = {"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--kehu.demo-data=false"};
        ConfigurableApplicationContext b = start("B", onAsDatabase);

        // Signed in on A, the next request goes to B with the same cookie.
        HttpResponse<String> signedIn = signIn(a, "admin", "demo123");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertSignedInAs(b, "系统管理员");

        // Behind a TLS-terminating proxy the same cookie is Secure.
        HttpResponse<String> overHttps = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(b, "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(overHttps.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));

        // A restarts: the session lives in the database.
        a.close();
        running.remove(a);
        a = start("A", "--kehu.embedded.data-dir=" + DATA_DIR);
        assertSignedInAs(a, "系统管理员");
        assertSignedInAs(b, "系统管理员");

        // A label changed on A: B, which has the dictionary in memory, shows the new label within two seconds.
        Dictionary onB = b.getBean(Dictionary.class);
        DictionaryEntry industry = onB.entries(DictionaryType.INDUSTRY).get(0);
        String newLabel = industry.labelZh() + "（新）";
        renameOnNode(a, DictionaryType.INDUSTRY, industry.code(), newLabel);
        long changedAt = System.nanoTime();
        while (!newLabel.equals(labelOn(onB, industry.code())) && System.nanoTime() - changedAt < 5_000_000_000L) {
            Thread.sleep(50);
        }
        assertThat(labelOn(onB, industry.code())).isEqualTo(newLabel);
        assertThat(Duration.ofNanos(System.nanoTime() - changedAt)).isLessThan(Duration.ofSeconds(2));

        // The service-level check started on both nodes at the same moment: one node runs it, the other skips it.
        JdbcClient db = a.getBean(JdbcClient.class);
        long ticket = db.sql("select min(id) from ticket where status <> 'ARCHIVED'").query(Long.class).single();
        db.sql("update ticket set responded_at = null, response_breached = false, response_due = :due where id = :id")
                .param("due", Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(1)))).param("id", ticket).update();
        long managers = db.sql("""
                select count(distinct ur.user_id) from user_role ur join role_permission rp on rp.role_id = ur.role_id
                 join app_user u on u.id = ur.user_id where rp.permission = 'ticket.approve' and u.enabled""")
                .query(Long.class).single();
        runAtTheSameMoment(a.getBean(BreachWatch.class), b.getBean(BreachWatch.class));

        List<String> breachChecks = lockAttempts.stream().filter(l -> l.contains("support.sla.breaches")).toList();
        assertThat(breachChecks).extracting(l -> l.substring(0, 1)).containsExactlyInAnyOrder("A", "B");
        assertThat(breachChecks).extracting(l -> l.substring(l.lastIndexOf(' ') + 1)).containsExactlyInAnyOrder("ran", "skipped");
        assertThat(db.sql("select count(*) from notification where link = :link and message_key = 'support.notify.breached.response'")
                .param("link", "/tickets/" + ticket).query(Long.class).single()).isEqualTo(managers).isPositive();
        // Held for at least half a minute, so that a node whose schedule comes a little later skips it too.
        assertThat(db.sql("select extract(epoch from lock_until - locked_at) from shedlock where name = 'support.sla.breaches'")
                .query(Double.class).single()).isGreaterThanOrEqualTo(30.0);
    }

    private ConfigurableApplicationContext start(String node, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--kehu.scheduling.enabled=true",
                "--kehu.sla.initial-delay=PT1H", "--spring.main.banner-mode=off"));
        args.addAll(List.of(arguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KehuApplication.class)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(new LockWatch(node, lockAttempts)))
                .run(args.toArray(String[]::new));
        running.add(context);
        return context;
    }

    /** GET /login for the form's CSRF token, then POST /login as the browser does. */
    private HttpResponse<String> signIn(ConfigurableApplicationContext node, String username, String password) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(uri(node, "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token(FORM_TOKEN, page));
        return browser.send(HttpRequest.newBuilder(uri(node, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertSignedInAs(ConfigurableApplicationContext node, String name) throws Exception {
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(uri(node, "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("home page of a signed-in user").isEqualTo(200);
        assertThat(home.body()).contains(name);
    }

    /** Through the API, with the session cookie and the page's CSRF token, as the dictionary page's scripts would. */
    private void renameOnNode(ConfigurableApplicationContext node, DictionaryType type, String code, String labelZh) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(uri(node, "/")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String csrf = token(META_TOKEN, page);
        String path = "/api/v1/dictionary/" + type.name() + "/" + encode(code);
        JsonNode entry = JSON.readTree(browser.send(HttpRequest.newBuilder(uri(node, path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        ObjectNode body = JSON.createObjectNode();
        body.put("labelZh", labelZh);
        body.put("labelEn", entry.get("labelEn").asString());
        body.put("sortOrder", entry.get("sortOrder").asInt());
        body.put("enabled", entry.get("enabled").asBoolean());
        body.put("version", entry.get("version").asLong());
        if (!entry.get("extra").isNull()) {
            body.put("extra", entry.get("extra").asString());
        }
        HttpResponse<String> saved = browser.send(HttpRequest.newBuilder(uri(node, path))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static String labelOn(Dictionary dictionary, String code) {
        return dictionary.entry(DictionaryType.INDUSTRY, code).map(DictionaryEntry::labelZh).orElse(null);
    }

    private static void runAtTheSameMoment(BreachWatch onA, BreachWatch onB) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (BreachWatch watch : List.of(onA, onB)) {
                runs.add(threads.submit(() -> {
                    start.await();
                    watch.watch();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String token(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Records each node's lock attempts; the lock itself is the node's own, on the shared database. */
    private record LockWatch(String node, List<String> attempts) implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof LockProvider provider) {
                return (LockProvider) (LockConfiguration configuration) -> {
                    Optional<SimpleLock> lock = provider.lock(configuration);
                    attempts.add(node + " " + configuration.getName() + (lock.isPresent() ? " ran" : " skipped"));
                    return lock;
                };
            }
            return bean;
        }
    }
}

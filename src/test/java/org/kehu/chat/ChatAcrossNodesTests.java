package org.kehu.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.KehuApplication;
import org.kehu.shared.embedded.EmbeddedDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: the customer on node A, the operator on node
 * B. The operator's console stream on B hears the question asked on A, the customer's stream on A the answer given
 * on B, each within a second or two: every message is stored, then announced with NOTIFY, and each node pushes it to
 * its own streams.
 */
class ChatAcrossNodesTests {

    private static final String DATA_DIR = "target/chat-two-nodes-postgres";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private final List<Stream<String>> streams = new ArrayList<>();
    private final HttpClient customer = client();
    private final HttpClient operator = client();

    @AfterEach
    void stopNodes() {
        streams.forEach(Stream::close);
        running.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aQuestionAskedOnOneNodeReachesTheOperatorOnTheOtherAndTheAnswerComesBack() throws Exception {
        ConfigurableApplicationContext a = start("--kehu.embedded.data-dir=" + DATA_DIR);
        String databaseUrl = a.getBean(EmbeddedDatabase.class).jdbcUrl();
        ConfigurableApplicationContext b = start("--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--kehu.demo-data=false");
        JdbcClient db = a.getBean(JdbcClient.class);

        signIn(operator, b, "/login", "service");
        signIn(customer, a, "/portal/login", "buyer");

        // The operator's console on B: its stream makes them online for every node.
        String console = operator.send(get(b, "/chat"), HttpResponse.BodyHandlers.ofString()).body();
        String staffToken = token(META_TOKEN, console);
        List<String> onB = listen(operator, b, "/chat/stream?after=0");
        long deadline = System.nanoTime() + WITHIN.toNanos() * 5;
        while (!db.sql("select exists(select 1 from chat_operator_presence)").query(Boolean.class).single()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        // The customer asks on A: an operator is online, so it waits in the queue, and B's console hears of it.
        String page = customer.send(get(a, "/portal/chat"), HttpResponse.BodyHandlers.ofString()).body();
        customer.send(form(a, "/portal/chat", token(META_TOKEN, page), "text=" + encode("Across nodes?")),
                HttpResponse.BodyHandlers.ofString());
        long id = db.sql("select max(id) from chat_conversation").query(Long.class).single();
        assertThat(db.sql("select status from chat_conversation where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("WAITING");
        assertThat(arrives(onB, "event:queue")).isLessThan(WITHIN);

        // B's operator takes it; the customer's stream on A gets the answer given on B.
        HttpResponse<String> taken = operator.send(HttpRequest.newBuilder(uri(b, "/chat/conversations/" + id + "/take"))
                .header("X-CSRF-TOKEN", staffToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(taken.statusCode()).isEqualTo(200);
        List<String> onA = listen(customer, a, "/portal/chat/" + id + "/stream?after=0");
        assertThat(arrives(onA, "Across nodes?")).isLessThan(WITHIN);

        HttpResponse<String> answered = operator.send(HttpRequest.newBuilder(uri(b, "/chat/conversations/" + id + "/messages"))
                .header("X-CSRF-TOKEN", staffToken).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + encode("Yes, from node B"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(arrives(onA, "Yes, from node B")).isLessThan(WITHIN);

        // And the customer's reply on A reaches the operator's stream on B.
        HttpResponse<String> replied = customer.send(HttpRequest.newBuilder(uri(a, "/portal/chat/" + id + "/messages"))
                .header("X-CSRF-TOKEN", token(META_TOKEN, page)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + encode("Thanks, node A here"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(replied.statusCode()).isEqualTo(200);
        assertThat(arrives(onB, "Thanks, node A here")).isLessThan(WITHIN);
    }

    private ConfigurableApplicationContext start(String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        args.addAll(List.of(arguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KehuApplication.class).run(args.toArray(String[]::new));
        running.add(context);
        return context;
    }

    /** Reads the stream's lines as they come, on a thread of the HTTP client. */
    private List<String> listen(HttpClient client, ConfigurableApplicationContext node, String path) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(uri(node, path))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        streams.add(response.body());
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test ended the stream
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** How long until a line containing {@code text} is among the lines; fails after ten seconds. */
    private static Duration arrives(List<String> lines, String text) throws InterruptedException {
        long start = System.nanoTime();
        while (lines.stream().noneMatch(l -> l.contains(text))) {
            if (System.nanoTime() - start > Duration.ofSeconds(10).toNanos()) {
                throw new AssertionError("No \"" + text + "\" in " + lines);
            }
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void signIn(HttpClient client, ConfigurableApplicationContext node, String loginPath, String user) throws Exception {
        String page = client.send(get(node, loginPath), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> r = client.send(form(node, loginPath, token(FORM_TOKEN, page),
                "username=" + encode(user) + "&password=demo123"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static HttpRequest get(ConfigurableApplicationContext node, String path) {
        return HttpRequest.newBuilder(uri(node, path)).build();
    }

    private static HttpRequest form(ConfigurableApplicationContext node, String path, String csrf, String body) {
        return HttpRequest.newBuilder(uri(node, path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + encode(csrf))).build();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
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
}

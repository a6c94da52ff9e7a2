package kehu.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.kehu.knowledge.SearchText;

/**
 * {@code bench/run knowledge [--articles N] [--requests R] [--explain]}: N generated articles (default 100,000), titles
 * of 3–5 and bodies of 60 words drawn from 3,000 two-character Chinese words, then the staff search
 * {@code GET /api/v1/knowledge/search?q=} for a random word over HTTP against the same ranked query as raw SQL.
 */
final class KnowledgeCases extends Cases {

    private static final String SEARCH_SQL = """
            select a.id, a.title, left(a.body, 3000) as body, a.category_code, a.tags, a.visibility, a.status, a.view_count,
                   a.helpful_yes, a.helpful_no, a.updated_at, (a.title_doc @@ q.q) as in_title,
                   ts_rank(a.body_doc, q.q) + 0.5 * similarity(a.title, ?) as score
              from knowledge_article a, (select cast(? as tsquery) as q) q
             where (a.title_doc @@ q.q or a.body_doc @@ q.q)
             order by in_title desc, score desc, a.updated_at desc, a.id desc limit 20""";

    private final int articles;
    private final List<String> words = new ArrayList<>();

    KnowledgeCases(DataSource dataSource, ServerClock serverClock, int port, int requests, boolean explain, int articles) {
        super(dataSource, serverClock, port, requests, explain);
        this.articles = articles;
        Random random = new Random(7);
        while (words.size() < 3000) {
            String w = new String(new int[] {0x4E00 + random.nextInt(3000), 0x4E00 + random.nextInt(3000)}, 0, 2);
            if (!words.contains(w)) {
                words.add(w);
            }
        }
    }

    @Override
    int warmUp() {
        return 200;
    }

    void runAll() throws Exception {
        long start = System.nanoTime();
        load();
        System.out.printf("bench: loaded %,d articles (%.1f s)%n", articles, Bench.seconds(start));
        token = createToken();
        Random pick = new Random(11);
        String[] queries = new String[warmUp() + requests];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = words.get(pick.nextInt(words.size()));
        }
        Timings http = measureHttp("knowledge-search", i -> "/api/v1/knowledge/search?size=20&q="
                + URLEncoder.encode(queries[i], StandardCharsets.UTF_8));
        Timings raw;
        try (Connection c = dataSource.getConnection()) {
            raw = measureSql(c, SEARCH_SQL, i -> ps -> {
                ps.setString(1, queries[i]);
                ps.setString(2, SearchText.query(queries[i]));
            });
        }
        report(List.of(result("knowledge-search (" + articles + " articles, one 2-character word)", http, raw)));
    }

    private void load() throws Exception {
        Random random = new Random(3);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into knowledge_article(title, body, category_code, visibility, status, title_doc, body_doc)
                    values (?, ?, 'FAULTS', 'BOTH', 'PUBLISHED', cast(? as tsvector), cast(? as tsvector))""")) {
                for (int n = 0; n < articles; n++) {
                    String title = text(random, 3 + random.nextInt(3), "") + " 型号" + n;
                    String body = text(random, 60, "，");
                    ps.setString(1, title);
                    ps.setString(2, body);
                    ps.setString(3, SearchText.vector(title, 'A'));
                    ps.setString(4, SearchText.vector(body, 'B'));
                    ps.addBatch();
                    if (n % 1000 == 999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("vacuum analyze knowledge_article");
            }
        }
    }

    private String text(Random random, int count, String separator) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < count; k++) {
            if (k > 0 && k % 6 == 0) {
                b.append(separator);
            }
            b.append(words.get(random.nextInt(words.size())));
        }
        return b.toString();
    }
}

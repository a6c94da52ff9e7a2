package kehu.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;

/**
 * The measured cases. Each runs its HTTP request and the equivalent raw SQL the same number of
 * times after a warm-up, and prints {@code RESULT case=... p50_ms p95_ms raw_p95_ms ratio}. HTTP runs
 * as {@code executive} (data scope: all) with a personal access token.
 */
final class CustomerCases extends Cases {

    static final String PROVINCE = "420000";
    static final String GROUP = "CURRENT";
    static final String SEARCH = "华星机械";
    /** The columns the list API reads (CustomerListQuery), so that both sides run the same SQL. */
    private static final String COLUMNS = """
            c.id, c.code, c.name, c.phone, c.province_code, c.city_code, c.nature_code, c.group_code,
            c.industry_code, c.grade_code, c.source_code, c.status, c.owner_id, u.name as owner_name,
            p.name as main_contact_name, c.tax_number, c.address, c.created_at, c.updated_at""";
    private static final String FROM = " from customer c left join app_user u on u.id = c.owner_id"
            + " left join contact p on p.id = c.main_contact_id ";

    /** The list sorted by a lifetime value score: the columns above and the scores, joined as the list joins them. */
    private static final String SCORE_COLUMNS = COLUMNS + ", cs.p_alive, cs.expected_purchases_365, cs.clv";
    private static final String SCORE_FROM = " from customer c join customer_score cs on cs.customer_id = c.id"
            + " left join app_user u on u.id = c.owner_id left join contact p on p.id = c.main_contact_id ";

    CustomerCases(DataSource dataSource, ServerClock serverClock, int port, int requests, boolean explain) {
        super(dataSource, serverClock, port, requests, explain);
    }

    void runAll() throws Exception {
        token = createToken();
        List<String> results = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            results.add(listFirstPage(c));
            results.add(filteredPage50(c));
            results.add(nameSearch(c));
            results.add(customerPage(c));
            scoreSevenInTen(c);
            results.add(sortedByScore(c, "list_sort_clv", "clv", "coalesce(cs.clv, -1) desc, cs.customer_id desc", ""));
            results.add(sortedByScore(c, "list_sort_palive", "palive", "coalesce(cs.p_alive, 2), cs.customer_id", ""));
            results.add(sortedByScore(c, "list_clv_range_sort_clv", "clv&clvMin=50000&clvMax=60000",
                    "coalesce(cs.clv, -1) desc, cs.customer_id desc",
                    " where coalesce(cs.clv, -1) >= 50000 and coalesce(cs.clv, -1) <= 60000"));
        }
        report(results);
    }

    private String listFirstPage(Connection c) throws Exception {
        String url = "/api/v1/customers?sort=updated&size=20";
        Timings httpTimes = measureHttp("list_first", i -> url);
        Timings raw = measureSql(c, "select " + COLUMNS + FROM + " order by c.updated_at desc, c.id desc limit 21", i -> ps -> { });
        return result("list_first", httpTimes, raw);
    }

    /** The 50th page of 20 with a province and group filter, reached by keyset: the cursor of page 49 is found first. */
    private String filteredPage50(Connection c) throws Exception {
        String first = "/api/v1/customers?province=" + PROVINCE + "&group=" + GROUP + "&sort=updated&size=20";
        String cursor = null;
        String pageUrl = null;
        HttpResponse<String> probe = get(first);
        if (probe.statusCode() == 200) {
            String url = first;
            for (int page = 1; page < 50; page++) {
                JsonNode body = json.readTree(get(url).body());
                JsonNode next = body.get("next");
                if (next == null || next.isNull()) {
                    System.out.println("bench: the filtered list has fewer than 50 pages; measuring its last page");
                    break;
                }
                cursor = next.asString();
                url = first + "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            }
            pageUrl = url;
        }
        final String measured = pageUrl;
        Timings httpTimes = measured == null ? Timings.unavailable("list_page50_filtered", probe.statusCode())
                : measureHttp("list_page50_filtered", i -> measured);

        // The same page as raw SQL: the keyset position after 49 pages, then the page query from there.
        Timestamp afterUpdated;
        long afterId;
        // With a small --customers the filter may have fewer than 50 pages: then its last page is measured.
        try (PreparedStatement ps = c.prepareStatement("""
                with filtered as (select updated_at, id from customer where province_code = ? and group_code = ?
                                   order by updated_at desc, id desc limit 980)
                select updated_at, id, (select count(*) from filtered) from filtered
                 order by updated_at, id limit 1
                 offset (select case when count(*) >= 980 then 0 else least(20, count(*) - 1) end from filtered)""")) {
            ps.setString(1, PROVINCE);
            ps.setString(2, GROUP);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Too few customers for the filtered list; load more with --customers");
                }
                if (rs.getLong(3) < 980) {
                    System.out.println("bench: the filtered list has fewer than 50 pages; raw SQL measures its last page");
                }
                afterUpdated = rs.getTimestamp(1);
                afterId = rs.getLong(2);
            }
        }
        Timings raw = measureSql(c, "select " + COLUMNS + FROM + """
                 where c.province_code = ? and c.group_code = ? and (c.updated_at, c.id) < (?, ?)
                 order by c.updated_at desc, c.id desc limit 21""", i -> ps -> {
            ps.setString(1, PROVINCE);
            ps.setString(2, GROUP);
            ps.setTimestamp(3, afterUpdated);
            ps.setLong(4, afterId);
        });
        return result("list_page50_filtered", httpTimes, raw);
    }

    /**
     * Gives 7 of 10 customers made-up lifetime value scores (what a scoring run writes, spread over the scores'
     * ranges by the id), so that the score sorts page through scored and unscored customers alike. Once per
     * database: a reused one keeps them.
     */
    private static void scoreSevenInTen(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update customer_score set p_alive = (customer_id * 7919 % 1000000) / 1000000.0,
                       expected_purchases_365 = (customer_id * 31 % 5000) / 1000.0,
                       clv = (customer_id * 104729 % 10000000) / 100.0
                 where customer_id % 10 < 7 and clv is null""")) {
            int scored = ps.executeUpdate();
            if (scored > 0) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(true);
                try (PreparedStatement vacuum = c.prepareStatement("vacuum analyze customer_score")) {
                    vacuum.execute();
                }
                c.setAutoCommit(autoCommit);
                System.out.printf("bench: gave %,d customers made-up lifetime value scores%n", scored);
            }
        }
    }

    /** The list's first page sorted by a score (with a filter on it), as the executive sees it and as raw SQL. */
    private String sortedByScore(Connection c, String name, String query, String order, String where) throws Exception {
        String url = "/api/v1/customers?sort=" + query + "&size=20";
        Timings httpTimes = measureHttp(name, i -> url);
        Timings raw = measureSql(c, "select " + SCORE_COLUMNS + SCORE_FROM + where + " order by " + order + " limit 21",
                i -> ps -> { });
        return result(name, httpTimes, raw);
    }

    private String nameSearch(Connection c) throws Exception {
        String url = "/api/v1/customers?q=" + URLEncoder.encode(SEARCH, StandardCharsets.UTF_8) + "&sort=updated&size=20";
        Timings httpTimes = measureHttp("search_name", i -> url);
        Timings raw = measureSql(c, "select " + COLUMNS + FROM + """
                 where true and (c.name ilike ? or c.code = ?) order by c.updated_at desc, c.id desc limit 21""",
                i -> ps -> {
                    ps.setString(1, "%" + SEARCH + "%");
                    ps.setString(2, SEARCH);
                });
        return result("search_name", httpTimes, raw);
    }

    /** Random customers; the raw side reads the customer with its owner and its contacts, as the page does. */
    private String customerPage(Connection c) throws Exception {
        long min;
        long max;
        try (PreparedStatement ps = c.prepareStatement("select min(id), max(id) from customer"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        long[] ids = new Random(7).longs(WARM_UP + requests, min, max + 1).toArray();
        Timings httpTimes = measureHttp("customer_page", i -> "/api/v1/customers/" + ids[i]);
        String sql = "select " + COLUMNS + ", c.website, c.fax, c.bank, c.bank_account, c.version" + FROM
                + " where c.id = ?";
        String contacts = "select id, name, title, mobile, email, is_primary from contact where customer_id = ? order by is_primary desc, id";
        Timings raw = new Timings();
        try (PreparedStatement one = c.prepareStatement(sql); PreparedStatement many = c.prepareStatement(contacts)) {
            for (int i = 0; i < WARM_UP + requests; i++) {
                long start = System.nanoTime();
                one.setLong(1, ids[i]);
                drain(one);
                many.setLong(1, ids[i]);
                drain(many);
                if (i >= WARM_UP) {
                    raw.add(System.nanoTime() - start);
                }
            }
        }
        return result("customer_page", httpTimes, raw);
    }
}

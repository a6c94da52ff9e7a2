package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.analytics.SalesReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RFM report on purchases of 2019 written here into {@code analytics_purchase_day} for the customers of
 * {@link ReportFixture}: the quintile scores and segments are worked out in the test from those purchases (ntile
 * over the customers sorted by value, ties by id) and compared with what the API answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RfmReportTests {

    static final LocalDate TO = LocalDate.of(2019, 12, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SalesReadModel model;

    private final JsonMapper json = JsonMapper.builder().build();
    private ReportFixture fixture;

    /** Purchases per customer index: day and net amount. */
    private static final Map<Integer, List<Purchase>> PURCHASES = Map.of(
            0, List.of(p("2019-12-20", "1000"), p("2019-11-01", "1000"), p("2019-10-01", "1000"), p("2019-09-01", "1000")),
            1, List.of(p("2019-06-01", "300"), p("2019-05-01", "300"), p("2019-04-01", "300")),
            2, List.of(p("2019-12-30", "50")),
            3, List.of(p("2019-02-01", "2500"), p("2019-01-15", "2500")),
            4, List.of(p("2019-03-01", "100")),
            5, List.of(p("2019-07-07", "900")));

    record Purchase(LocalDate day, BigDecimal amount) {
    }

    private static Purchase p(String day, String amount) {
        return new Purchase(LocalDate.parse(day), new BigDecimal(amount));
    }

    @BeforeEach
    void data() {
        fixture = ReportFixture.load(jdbc, model);
        PURCHASES.forEach((c, list) -> list.forEach(x -> jdbc.sql(
                "insert into analytics_purchase_day(customer_id, day, amount, order_count) values (?, ?, ?, 1)")
                .params(fixture.customerIds.get(c), x.day(), x.amount()).update()));
    }

    @Test
    void scoresTheQuintilesAndNamesTheSegmentsOfTheManagersCustomers() throws Exception {
        List<Integer> mine = List.of(0, 1, 2, 3, 4);
        mine.forEach(c -> assertThat(fixture.customerIds.get(c)).isGreaterThan(127));
        Map<Integer, Integer> r = ntile(mine, c -> PURCHASES.get(c).stream().map(x -> x.day())
                .max(Comparator.naturalOrder()).orElseThrow().toEpochDay());
        Map<Integer, Integer> f = ntile(mine, c -> (long) PURCHASES.get(c).size());
        Map<Integer, Integer> m = ntile(mine, c -> monetary(c).longValue());

        JsonNode report = api("t-rep-a", "&dimension=customers");
        assertThat(report.get("rowCount").asLong()).isEqualTo(5);
        Map<String, JsonNode> byCode = new HashMap<>();
        report.get("rows").forEach(row -> byCode.put(row.get("code").asString(), row));
        for (int c : mine) {
            JsonNode row = byCode.get(ReportFixture.CUSTOMERS.get(c).code());
            LocalDate last = PURCHASES.get(c).stream().map(x -> x.day()).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(row.get("recency").asLong()).isEqualTo(ChronoUnit.DAYS.between(last, TO));
            assertThat(row.get("frequency").asLong()).isEqualTo(PURCHASES.get(c).size());
            assertThat(row.get("monetary").decimalValue()).isEqualByComparingTo(monetary(c));
            assertThat(row.get("r").asInt()).as("R of %d", c).isEqualTo(r.get(c));
            assertThat(row.get("f").asInt()).as("F of %d", c).isEqualTo(f.get(c));
            assertThat(row.get("m").asInt()).as("M of %d", c).isEqualTo(m.get(c));
        }
        // Five customers, five quintiles: each score 1..5 once; the most recent buyer (index 2) gets R 5.
        assertThat(r.get(2)).isEqualTo(5);
        assertThat(f.get(0)).isEqualTo(5);
        assertThat(m.get(3)).isEqualTo(5);

        Map<RfmSegment, Integer> expectedCounts = new HashMap<>();
        Map<RfmSegment, BigDecimal> expectedRevenue = new HashMap<>();
        for (int c : mine) {
            RfmSegment s = RfmSegment.of(r.get(c), RfmSegment.fm(f.get(c), m.get(c)));
            expectedCounts.merge(s, 1, Integer::sum);
            expectedRevenue.merge(s, monetary(c), BigDecimal::add);
        }
        JsonNode segments = api("t-rep-a", "");
        assertThat(segments.get("rowCount").asLong()).isEqualTo(RfmSegment.values().length);
        for (RfmSegment s : RfmSegment.values()) {
            JsonNode row = segments.get("rows").get(s.ordinal());
            assertThat(row.get("customers").asLong()).as(s.name()).isEqualTo((long) expectedCounts.getOrDefault(s, 0));
            assertThat(row.get("revenue").decimalValue()).as(s.name())
                    .isEqualByComparingTo(expectedRevenue.getOrDefault(s, BigDecimal.ZERO));
        }
        assertThat(segments.get("totals").get("customers").asLong()).isEqualTo(5);

        // The drill-down to one segment lists exactly its customers.
        RfmSegment champions = RfmSegment.of(r.get(0), RfmSegment.fm(f.get(0), m.get(0)));
        JsonNode drill = api("t-rep-a", "&dimension=customers-" + champions.name());
        assertThat(drill.get("rowCount").asLong()).isEqualTo((long) expectedCounts.get(champions));

        // The grid: a row per R from 5 down, the customers and revenue of each F beside it.
        JsonNode grid = api("t-rep-a", "&dimension=grid");
        assertThat(grid.get("rowCount").asLong()).isEqualTo(5);
        long inGrid = 0;
        for (int row = 0; row < 5; row++) {
            JsonNode cells = grid.get("rows").get(row);
            int rScore = 5 - row;
            assertThat(cells.get("r").asInt()).isEqualTo(rScore);
            for (int fScore = 1; fScore <= 5; fScore++) {
                int fs = fScore;
                List<Integer> inCell = mine.stream().filter(c -> r.get(c) == rScore && f.get(c) == fs).toList();
                assertThat(cells.get("f" + fs + "Customers").asLong()).as("R%d F%d", rScore, fs).isEqualTo(inCell.size());
                assertThat(cells.get("f" + fs + "Revenue").decimalValue()).isEqualByComparingTo(
                        inCell.stream().map(RfmReportTests::monetary).reduce(BigDecimal.ZERO, BigDecimal::add));
                inGrid += cells.get("f" + fs + "Customers").asLong();
            }
        }
        assertThat(inGrid).isEqualTo(5);

        // Every cell opens its customers: the champion's cell lists exactly him.
        JsonNode cell = api("t-rep-a", "&dimension=customers-r" + r.get(0) + "f" + f.get(0));
        assertThat(cell.get("rowCount").asLong()).isEqualTo(1);
        assertThat(cell.get("rows").get(0).get("code").asString()).isEqualTo(ReportFixture.CUSTOMERS.get(0).code());
    }

    /**
     * On the demo purchases (hundreds of customers) the segments and the grid, counted in SQL by their scores,
     * hold the same customers and revenue as the list of every customer with its scores and segment; each segment's
     * and each cell's drill-down has as many customers as its row or cell says.
     */
    @Test
    void segmentsAndGridCountedInSqlAgreeWithTheCustomersListed() throws Exception {
        LocalDate today = LocalDate.now(org.kehu.shared.BusinessTime.ZONE);
        String period = "?from=" + today.minusYears(1) + "&to=" + today;
        JsonNode all = api("executive", period, "&dimension=customers&limit=10000");
        long customers = all.get("rowCount").asLong();
        assertThat(customers).isGreaterThan(100).isLessThanOrEqualTo(10_000);
        List<JsonNode> rows = new ArrayList<>();
        all.get("rows").forEach(rows::add);
        assertThat(rows).hasSize((int) customers);
        Map<String, Long> bySegment = new HashMap<>();
        Map<String, BigDecimal> revenueBySegment = new HashMap<>();
        Map<String, Long> byCell = new HashMap<>();
        for (JsonNode row : rows) {
            bySegment.merge(row.get("segment").asString(), 1L, Long::sum);
            revenueBySegment.merge(row.get("segment").asString(), row.get("monetary").decimalValue(), BigDecimal::add);
            byCell.merge(row.get("r").asInt() + "-" + row.get("f").asInt(), 1L, Long::sum);
        }
        JsonNode segments = api("executive", period, "");
        for (JsonNode s : segments.get("rows")) {
            assertThat(s.get("customers").asLong()).as(s.get("segment").asString())
                    .isEqualTo(bySegment.getOrDefault(s.get("segment").asString(), 0L));
            assertThat(s.get("revenue").decimalValue()).isEqualByComparingTo(
                    revenueBySegment.getOrDefault(s.get("segment").asString(), BigDecimal.ZERO));
        }
        JsonNode grid = api("executive", period, "&dimension=grid");
        for (JsonNode row : grid.get("rows")) {
            for (int fs = 1; fs <= 5; fs++) {
                assertThat(row.get("f" + fs + "Customers").asLong())
                        .isEqualTo(byCell.getOrDefault(row.get("r").asInt() + "-" + fs, 0L));
            }
        }
        JsonNode topCell = api("executive", period, "&dimension=customers-r5f5");
        assertThat(topCell.get("rowCount").asLong()).isEqualTo(byCell.getOrDefault("5-5", 0L));
        for (RfmSegment s : RfmSegment.values()) {
            JsonNode drill = api("executive", period, "&dimension=customers-" + s.name());
            assertThat(drill.get("rowCount").asLong()).as(s.name())
                    .isEqualTo(segments.get("rows").get(s.ordinal()).get("customers").asLong());
        }
    }

    @Test
    void aManagerSeesOnlyHisOwnCustomers() throws Exception {
        JsonNode b = api("t-rep-b", "&dimension=customers");
        assertThat(b.get("rowCount").asLong()).isEqualTo(1);
        assertThat(b.get("rows").get(0).get("code").asString()).isEqualTo("KHREP06");
        // Alone in his scope, the one customer is in the lowest quintile of F and M and the lowest of R.
        assertThat(b.get("rows").get(0).get("r").asInt()).isEqualTo(1);
        JsonNode a = api("t-rep-a", "&dimension=customers");
        a.get("rows").forEach(row -> assertThat(row.get("code").asString()).isNotEqualTo("KHREP06"));
    }

    @Test
    void anUnknownSegmentOrDimensionIsABadRequest() throws Exception {
        for (String bad : List.of("customers-NOBODY", "customers-", "segments", "customers-r6f1", "customers-r0f5")) {
            mvc.perform(get("/api/v1/reports/rfm?dimension=" + bad).with(user(accounts.loadUserByUsername("t-rep-a"))))
                    .andExpect(status().isBadRequest());
        }
        // The page keeps the form and says what is wrong beside the field.
        String page = mvc.perform(get("/reports/rfm?dimension=customers-NOBODY").with(user(accounts.loadUserByUsername("t-rep-a"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("is-invalid").doesNotContain("报表测试甲公司");
    }

    @Test
    void thePageShowsTheSegments() throws Exception {
        String page = mvc.perform(get("/reports/rfm?from=2019-01-01&to=2019-12-31")
                        .with(user(accounts.loadUserByUsername("t-rep-a"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("忠诚客户").contains("沉睡客户")
                .contains("/reports/rfm?from=2019-01-01&amp;to=2019-12-31&amp;dimension=customers-LOYAL_CUSTOMERS");
        String loyal = mvc.perform(get("/reports/rfm?from=2019-01-01&to=2019-12-31&dimension=customers-LOYAL_CUSTOMERS")
                        .with(user(accounts.loadUserByUsername("t-rep-a"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(loyal).contains("KHREP01").doesNotContain("KHREP03");

        // The grid's cells link to their customers, whose page names the cell in the dimension's choice.
        String grid = mvc.perform(get("/reports/rfm?from=2019-01-01&to=2019-12-31&dimension=grid")
                        .with(user(accounts.loadUserByUsername("t-rep-a"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                assertThat(grid).contains("dimension=customers-r" + r + "f" + f + "\"");
            }
        }
        String cell = mvc.perform(get("/reports/rfm?from=2019-01-01&to=2019-12-31&dimension=customers-r5f1")
                        .with(user(accounts.loadUserByUsername("t-rep-a"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cell).contains("R 5 分、F 1 分的客户").doesNotContain("is-invalid");
    }

    private static BigDecimal monetary(int c) {
        return PURCHASES.get(c).stream().map(x -> x.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code ntile(5)} as PostgreSQL computes it: sorted by value then id, the first n % 5 buckets one larger. */
    private Map<Integer, Integer> ntile(List<Integer> customers, Function<Integer, Long> value) {
        List<Integer> sorted = new ArrayList<>(customers);
        sorted.sort(Comparator.comparing(value).thenComparing(c -> fixture.customerIds.get(c)));
        int n = sorted.size();
        int size = n / 5;
        int larger = n % 5;
        Map<Integer, Integer> tile = new HashMap<>();
        int i = 0;
        for (int bucket = 1; bucket <= 5 && i < n; bucket++) {
            int count = size + (bucket <= larger ? 1 : 0);
            for (int k = 0; k < count && i < n; k++) {
                tile.put(sorted.get(i++), bucket);
            }
        }
        return tile;
    }

    private JsonNode api(String username, String query) throws Exception {
        return api(username, "?from=2019-01-01&to=" + TO, query);
    }

    private JsonNode api(String username, String period, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/reports/rfm" + period + query)
                        .with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}

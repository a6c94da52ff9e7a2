package kehu.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.kehu.analytics.CustomerRfmSegments;
import org.kehu.shared.BusinessTime;

/**
 * {@code bench/run segments [--customers N] [--requests R] [--explain]}: the N generated customers (default 1,000,000)
 * get purchase days of their own (70 % of them 1–6 days over the last two years, written straight into the analytics
 * read model), every customer's RFM segment is scored, and a segment of the most populous province, the RFM segments
 * "at risk" and "hibernating" and "no order for 90 days" is counted and previewed: {@code GET /api/v1/segments/{id}}
 * (the live count and the first 20 customers, data scope all) against the same count and preview as raw SQL.
 * Target (issue 11 §7): p95 ≤ 300 ms.
 */
final class SegmentCases extends Cases {

    /** The application's filter (SegmentSql): the RFM row holds the province and the live last purchase day. */
    private static final String MEMBERS = """
            c.province_code = any(?)
               and exists (select 1 from analytics_customer_rfm r where r.customer_id = c.id and r.segment = any(?)
                             and r.province_code = any(?) and (r.last_purchase_day is null or r.last_purchase_day <= ?))""";
    private static final String COUNT_SQL = "select count(*) from customer c where " + MEMBERS;
    /** The count as it was before V487 (the province's customers joined to the RFM rows, each match's purchases probed). */
    private static final String COUNT_BEFORE_SQL = """
            select count(*) from customer c where c.province_code = any(?)
               and exists (select 1 from analytics_customer_rfm r where r.customer_id = c.id and r.segment = any(?))
               and not exists (select 1 from analytics_purchase_day pd where pd.customer_id = c.id and pd.day > ?)""";
    private static final String PREVIEW_SQL = """
            select c.id, c.code, c.name, c.province_code, u.name, r.segment, cs.clv, cs.p_alive,
                   (select max(p.day) from analytics_purchase_day p where p.customer_id = c.id)
              from (select c.id from customer c where %s
                     order by c.id limit 21) m join customer c on c.id = m.id join customer_score cs on cs.customer_id = c.id
              left join app_user u on u.id = c.owner_id left join analytics_customer_rfm r on r.customer_id = c.id
             order by c.id""".formatted(MEMBERS);

    private final CustomerRfmSegments rfm;

    SegmentCases(DataSource dataSource, ServerClock serverClock, int port, int requests, boolean explain,
            CustomerRfmSegments rfm) {
        super(dataSource, serverClock, port, requests, explain);
        this.rfm = rfm;
    }

    @Override
    int warmUp() {
        return 100;
    }

    void runAll() throws Exception {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("""
                    insert into analytics_purchase_day(customer_id, day, amount, order_count)
                    select c.id, current_date - d.offset_days, 500 + (c.id * 37 % 20000), 1
                      from customer c cross join lateral (
                           select distinct ((hashint8(c.id * 7 + k)::bigint % 730 + 730) % 730)::int as offset_days
                             from generate_series(1, 1 + (c.id % 6)::int) k) d
                     where c.id % 10 < 7
                    on conflict do nothing""");
            st.execute("vacuum analyze analytics_purchase_day");
        }
        System.out.printf("bench: wrote purchase days for 70%% of the customers (%.1f s)%n", Bench.seconds(start));
        long scoring = System.nanoTime();
        int scored = rfm.refresh();
        String province;
        long segment;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("vacuum analyze analytics_customer_rfm");
            try (ResultSet rs = st.executeQuery("""
                    select province_code from customer where province_code is not null
                     group by province_code order by count(*) desc limit 1""")) {
                rs.next();
                province = rs.getString(1);
            }
            try (ResultSet rs = st.executeQuery("""
                    insert into marketing_segment(name, criteria) values ('bench', cast('{"provinces": ["%s"],
                        "rfm": ["AT_RISK", "HIBERNATING"], "noOrderForDays": 90}' as jsonb)) returning id""".formatted(province))) {
                rs.next();
                segment = rs.getLong(1);
            }
        }
        System.out.printf("bench: scored the RFM segments of %,d customers (%.1f s); segment %d: province %s, AT_RISK or "
                + "HIBERNATING, no order for 90 days%n", scored, Bench.seconds(scoring), segment, province);
        token = createToken();
        System.out.println("bench: " + get("/api/v1/segments/" + segment).body().replaceAll("\"preview\":.*", "…"));

        Timings http = measureHttp("segment-count-preview", i -> "/api/v1/segments/" + segment);
        Timings raw;
        LocalDate since = LocalDate.now(BusinessTime.ZONE).minusDays(90);
        try (Connection c = dataSource.getConnection()) {
            java.sql.Array provinces = c.createArrayOf("varchar", new String[] {province});
            java.sql.Array segments = c.createArrayOf("varchar", new String[] {"AT_RISK", "HIBERNATING"});
            Timings count = measureSql(c, COUNT_SQL, i -> ps -> bind(ps, provinces, segments, provinces, since));
            Timings preview = measureSql(c, PREVIEW_SQL, i -> ps -> bind(ps, provinces, segments, provinces, since));
            Timings before = measureSql(c, COUNT_BEFORE_SQL, i -> ps -> bind(ps, provinces, segments, since));
            System.out.printf("bench: the count as before V487 (province join, purchase probes) p50_ms=%.2f p95_ms=%.2f%n",
                    before.percentile(50), before.percentile(95));
            raw = new Timings();
            // The raw figure is the two queries the request runs, at their own p95s.
            raw.add((long) ((count.percentile(95) + preview.percentile(95)) * 1e6));
            System.out.printf("bench: raw SQL alone: count p50_ms=%.2f p95_ms=%.2f, preview p50_ms=%.2f p95_ms=%.2f%n",
                    count.percentile(50), count.percentile(95), preview.percentile(50), preview.percentile(95));
        }
        report(List.of(result("segment-count-preview (region + RFM + no order 90 days, target p95 300 ms)", http, raw)));
    }

    private static void bind(PreparedStatement ps, Object... values) throws java.sql.SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}

package kehu.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.kehu.shared.BusinessTime;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads generated opportunities created over the last two years, owned by the bench's account owners (the owners of
 * the loaded customers), with {@code COPY}. The older an opportunity, the likelier it is closed (won or lost); open
 * ones sit mostly in the early stages, won ones in the last. The funnel reads only {@code opportunity} (stage,
 * status, amount, owner, creation time), so no history rows are written. Secondary indexes are dropped for the
 * load and built again, then {@code VACUUM ANALYZE}.
 */
final class OpportunityLoader {

    private static final int CHUNK = 1 << 20;
    private static final String[] SOURCES = {"TRADE_FAIR", "REFERRAL", "WEBSITE", "COLD_CALL", "TENDER", "CAMPAIGN", "PARTNER"};
    private static final String[] LOST = {"PRICE", "COMPETITOR", "NO_BUDGET", "NO_DECISION", "REQUIREMENT", "OTHER"};
    private static final String[] PROSPECTS = {"华星机械", "宏达精密", "东方电气", "金鼎模具", "瑞丰五金", "恒通液压", "新世纪塑胶",
        "长江阀门", "远航汽配", "中联铸造"};
    private static final String[] CITIES = {"苏州", "宁波", "东莞", "佛山", "无锡", "温州", "青岛", "武汉", "成都", "合肥"};

    private final DataSource dataSource;

    OpportunityLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void load(int count) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            List<String> stages = new ArrayList<>();
            List<Integer> probabilities = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "select code, coalesce(extra, '0') from dict_entry where type = 'OPPORTUNITY_STAGE' order by sort_order, code")) {
                while (rs.next()) {
                    stages.add(rs.getString(1));
                    probabilities.add(Integer.parseInt(rs.getString(2)));
                }
            }
            List<Long> owners = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select distinct owner_id from customer where owner_id is not null order by 1")) {
                while (rs.next()) {
                    owners.add(rs.getLong(1));
                }
            }
            long creator = OrderLoader.single(st, "select id from app_user where username = 'director'");
            List<String> rebuild = OrderLoader.dropIndexes(st, "opportunity");
            st.execute("set session_replication_role = replica");
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy opportunity(source_code, prospect_name, probability, summary, contact_name, expected_amount,
                        expected_close_date, stage_code, status, created_by, created_at, assigned_to, assigned_at, owner_id,
                        lost_reason_code, closed_at, updated_at, version) from stdin""");
            Random random = new Random(13);
            Instant now = Instant.now();
            LocalDate today = LocalDate.now(BusinessTime.ZONE);
            int minutes = 2 * 365 * 24 * 60;
            int last = stages.size() - 1;
            StringBuilder buf = new StringBuilder(CHUNK + 4096);
            for (int i = 0; i < count; i++) {
                // Growth: later times are likelier, as with the orders.
                int back = (int) (minutes * (1.0 - Math.sqrt(0.25 + 0.75 * random.nextDouble())) / 0.5);
                Instant created = now.minus(Math.min(minutes - 1, back), ChronoUnit.MINUTES);
                int ageDays = (int) ChronoUnit.DAYS.between(created, now);
                long owner = owners.get(random.nextInt(owners.size()));
                int r = random.nextInt(100);
                // Closed within about three months: the older, the likelier closed.
                boolean closed = r < Math.min(90, ageDays);
                String status;
                int stage;
                if (closed) {
                    status = random.nextInt(100) < 30 ? "WON" : "LOST";
                    stage = "WON".equals(status) ? last : Math.min(last, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.5));
                } else {
                    status = r % 10 == 0 ? "NEW" : r % 10 < 3 ? "ASSIGNED" : "DEVELOPING";
                    stage = "DEVELOPING".equals(status) ? Math.min(last, (int) Math.floor(Math.abs(random.nextGaussian()) * 2)) : 0;
                }
                Instant closedAt = closed ? created.plus(1 + random.nextInt(Math.max(1, Math.min(ageDays, 90))), ChronoUnit.DAYS) : null;
                if (closedAt != null && closedAt.isAfter(now)) {
                    closedAt = now;
                }
                boolean assigned = !"NEW".equals(status);
                BigDecimal amount = BigDecimal.valueOf(5_000 + random.nextInt(2_000_000), 0);
                String prospect = CITIES[random.nextInt(CITIES.length)] + PROSPECTS[random.nextInt(PROSPECTS.length)] + "有限公司" + i;
                row(buf, SOURCES[random.nextInt(SOURCES.length)], prospect,
                        "WON".equals(status) ? 100 : "LOST".equals(status) ? 0 : probabilities.get(stage),
                        "设备采购 " + (1 + random.nextInt(50)) + " 台", "联系人" + random.nextInt(1000), amount,
                        today.minusDays(ageDays).plusDays(30 + random.nextInt(120)), stages.get(stage), status, creator, created,
                        assigned ? owner : null, assigned ? created.plus(1, ChronoUnit.HOURS) : null, assigned ? owner : creator,
                        "LOST".equals(status) ? LOST[random.nextInt(LOST.length)] : null, closedAt,
                        closedAt != null ? closedAt : created, 0);
                if (buf.length() > CHUNK) {
                    flush(in, buf);
                }
            }
            flush(in, buf);
            in.endCopy();
            st.execute("set session_replication_role = origin");
            long started = System.nanoTime();
            st.execute("set maintenance_work_mem = '256MB'");
            for (String ddl : rebuild) {
                st.execute(ddl);
            }
            System.out.printf("bench: rebuilt %d indexes of opportunity (%.1f s)%n", rebuild.size(), Bench.seconds(started));
            // The copy ran without triggers: the funnel's monthly totals (V480) are filled from the table instead.
            started = System.nanoTime();
            st.execute("select opportunity_funnel_month_rebuild()");
            st.execute("select opportunity_open_close_month_rebuild()");
            System.out.printf("bench: rebuilt the funnel's monthly totals (%.1f s)%n", Bench.seconds(started));
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            st.execute("vacuum analyze opportunity");
            st.execute("vacuum analyze opportunity_funnel_month");
            c.setAutoCommit(autoCommit);
        }
    }

    private static void row(StringBuilder buf, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buf.append('\t');
            }
            Object v = values[i];
            buf.append(v == null ? "\\N" : v instanceof BigDecimal b ? b.toPlainString() : v.toString());
        }
        buf.append('\n');
    }

    private static void flush(CopyIn in, StringBuilder buf) throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }
}

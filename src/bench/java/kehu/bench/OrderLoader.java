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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.kehu.order.OrderMath;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads generated orders over three years with 1–5 lines each (3 on average) until {@code lines} lines are
 * written, for the customers already loaded, with {@code COPY} on two connections (orders and lines side by
 * side). The secondary indexes and unique constraints of both tables are dropped for the load and built
 * again afterwards, as a bulk import would; foreign-key triggers are off ({@code session_replication_role}).
 */
final class OrderLoader {

    private static final int CHUNK = 1 << 20;
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");
    private static final String[] TABLES = {"sales_order", "sales_order_line"};
    /** The three years the orders cover. */
    static final int DAYS = 3 * 365;

    private final DataSource dataSource;

    OrderLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Answers the number of orders written: random customers, 1–5 random lines each, until {@code lines} lines. */
    long load(long lines) throws SQLException, IOException {
        return load((out, customers, random) -> {
            long written = 0;
            while (written < lines) {
                int c = random.nextInt(customers[0].length);
                written += out.order(customers[0][c], customers[1][c], growingBack(random), random);
            }
        });
    }

    /**
     * As {@link #load(long)}, and then {@code orders} more orders of one customer (the portal bench's heavy buyer),
     * spread over the same three years with the same growth and statuses.
     */
    long load(long lines, long heavyCustomer, long heavyOwner, int orders) throws SQLException, IOException {
        return load((out, customers, random) -> {
            long written = 0;
            while (written < lines) {
                int c = random.nextInt(customers[0].length);
                written += out.order(customers[0][c], customers[1][c], growingBack(random), random);
            }
            for (int n = 0; n < orders; n++) {
                out.order(heavyCustomer, heavyOwner, growingBack(random), random);
            }
        });
    }

    /** Days back from today, later days likelier (density rises by half over the three years). */
    static int growingBack(Random random) {
        return Math.min(DAYS - 1, Math.max(0, (int) (DAYS * (1.0 - Math.sqrt(0.25 + 0.75 * random.nextDouble())) / 0.5)));
    }

    /** What decides which orders to write; {@code customers} holds the loaded customers' ids and owners. */
    interface Plan {
        void write(Orders out, long[][] customers, Random random) throws SQLException;
    }

    /** Answers the number of orders the plan wrote. */
    long load(Plan plan) throws SQLException, IOException {
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection();
                Statement st = a.createStatement(); Statement stB = b.createStatement()) {
            long[][] customers = customers(st);
            List<Object[]> products = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select id, code, name, unit_code, price from product where status = 'ON_SALE' order by id")) {
                while (rs.next()) {
                    products.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)});
                }
            }
            List<Long> warehouses = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select id from warehouse order by id")) {
                while (rs.next()) {
                    warehouses.add(rs.getLong(1));
                }
            }
            if (products.isEmpty() || warehouses.isEmpty() || customers[0].length == 0) {
                throw new IllegalStateException("No products, warehouses or customers to order from");
            }
            long nextId = single(st, "select coalesce(max(id), 0) + 1 from sales_order");
            // Numbers go on from the demo orders' counters, so that they stay unique.
            Map<String, Integer> sequence = new HashMap<>();
            try (ResultSet rs = st.executeQuery("select period, last_value from sales_order_number")) {
                while (rs.next()) {
                    sequence.put(rs.getString(1).strip(), rs.getInt(2));
                }
            }
            List<String> rebuild = dropIndexes(st, TABLES);
            st.execute("set session_replication_role = replica");
            stB.execute("set session_replication_role = replica");
            CopyIn ordersIn = a.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy sales_order(id, number, customer_id, owner_id, order_date, delivery_address, warehouse_id,
                        promised_date, status, total, created_by, created_at, updated_at, version) from stdin""");
            CopyIn linesIn = b.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy sales_order_line(order_id, line_no, product_id, product_code, product_name, unit_code, quantity,
                        unit_price, discount, amount) from stdin""");
            Orders out = new Orders(ordersIn, linesIn, products, warehouses, sequence, nextId);
            plan.write(out, customers, new Random(11));
            out.finish();
            st.execute("set session_replication_role = origin");
            stB.execute("set session_replication_role = origin");
            long started = System.nanoTime();
            st.execute("set maintenance_work_mem = '256MB'");
            for (String ddl : rebuild) {
                st.execute(ddl);
            }
            System.out.printf("bench: rebuilt %d indexes and constraints of the order tables (%.1f s)%n", rebuild.size(),
                    Bench.seconds(started));
            st.execute("select setval(pg_get_serial_sequence('sales_order', 'id'), (select max(id) from sales_order))");
            for (var e : sequence.entrySet()) {
                st.execute("insert into sales_order_number(period, last_value) values ('" + e.getKey() + "', " + e.getValue()
                        + ") on conflict (period) do update set last_value = greatest(sales_order_number.last_value, excluded.last_value)");
            }
            // The copy ran without triggers: the sale orders per owner and day (V482) are counted from the table instead.
            started = System.nanoTime();
            st.execute("select analytics_owner_orders_rebuild()");
            System.out.printf("bench: rebuilt the sale orders per owner and day (%.1f s)%n", Bench.seconds(started));
            boolean autoCommit = a.getAutoCommit();
            a.setAutoCommit(true);
            st.execute("vacuum analyze sales_order");
            st.execute("vacuum analyze sales_order_line");
            st.execute("vacuum analyze analytics_owner_day");
            st.execute("vacuum analyze analytics_owner_month");
            a.setAutoCommit(autoCommit);
            return out.count();
        }
    }

    /** The two COPY streams and what an order needs besides its customer: products, warehouses, number counters. */
    static final class Orders {

        private final CopyIn ordersIn;
        private final CopyIn linesIn;
        private final List<Object[]> products;
        private final List<Long> warehouses;
        private final Map<String, Integer> sequence;
        private final StringBuilder orderBuf = new StringBuilder(CHUNK + 4096);
        private final StringBuilder lineBuf = new StringBuilder(CHUNK + 4096);
        private final LocalDate today = LocalDate.now(org.kehu.shared.BusinessTime.ZONE);
        private long nextId;
        private long count;

        Orders(CopyIn ordersIn, CopyIn linesIn, List<Object[]> products, List<Long> warehouses, Map<String, Integer> sequence,
                long nextId) {
            this.ordersIn = ordersIn;
            this.linesIn = linesIn;
            this.products = products;
            this.warehouses = warehouses;
            this.sequence = sequence;
            this.nextId = nextId;
        }

        /** An order {@code back} days ago with 1–5 random lines at list price and a status fitting its age; answers its lines. */
        int order(long customer, long owner, int back, Random random) throws SQLException {
            long id = nextId++;
            int n = 1 + random.nextInt(5);
            BigDecimal total = BigDecimal.ZERO;
            for (int k = 1; k <= n; k++) {
                Object[] p = products.get(random.nextInt(products.size()));
                BigDecimal qty = BigDecimal.valueOf(1 + random.nextInt(20));
                BigDecimal discount = BigDecimal.valueOf(random.nextInt(4) == 0 ? 5 : 0);
                BigDecimal amount = OrderMath.lineAmount(qty, (BigDecimal) p[4], discount);
                total = total.add(amount);
                row(lineBuf, id, k, p[0], p[1], p[2], p[3], qty, ((BigDecimal) p[4]).toPlainString(), discount, amount.toPlainString());
            }
            head(id, customer, owner, back, null, total, random);
            return n;
        }

        /** An order {@code back} days ago of one random product for {@code amount} in all (a spend drawn by the caller). */
        void order(long customer, long owner, int back, String status, BigDecimal amount, Random random) throws SQLException {
            long id = nextId++;
            Object[] p = products.get(random.nextInt(products.size()));
            row(lineBuf, id, 1, p[0], p[1], p[2], p[3], BigDecimal.ONE, amount.toPlainString(), BigDecimal.ZERO, amount.toPlainString());
            head(id, customer, owner, back, status, amount, random);
        }

        /** The order's row; a null status is drawn for its age (the draws in the order the first loader made them). */
        private void head(long id, long customer, long owner, int back, String status, BigDecimal total, Random random)
                throws SQLException {
            LocalDate date = today.minusDays(back);
            String period = PERIOD.format(date);
            int seq = sequence.merge(period, 1, Integer::sum);
            Instant at = date.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)).plus(random.nextInt(600), ChronoUnit.MINUTES);
            long warehouse = warehouses.get(random.nextInt(warehouses.size()));
            row(orderBuf, id, "SO" + period + String.format("%05d", seq), customer, owner, date, "\\N", warehouse,
                    date.plusDays(20), status != null ? status : status(back, random), total.toPlainString(), owner, at, at, 0);
            count++;
            if (orderBuf.length() > CHUNK) {
                flush(ordersIn, orderBuf);
            }
            if (lineBuf.length() > CHUNK) {
                flush(linesIn, lineBuf);
            }
        }

        long count() {
            return count;
        }

        void finish() throws SQLException {
            flush(ordersIn, orderBuf);
            flush(linesIn, lineBuf);
            ordersIn.endCopy();
            linesIn.endCopy();
        }
    }

    static String status(int ageDays, Random random) {
        int r = random.nextInt(100);
        if (r < 4) {
            return "CANCELLED";
        }
        if (ageDays > 60) {
            return "COMPLETED";
        }
        String[] recent = {"PENDING", "CONFIRMED", "IN_PRODUCTION", "SHIPPED", "DELIVERED", "COMPLETED"};
        return recent[Math.min(5, (60 - ageDays) < 10 ? 5 : random.nextInt(6))];
    }

    /** Customer ids and their owners, for orders owned like the customer. */
    private static long[][] customers(Statement st) throws SQLException {
        int count = (int) single(st, "select count(*) from customer where owner_id is not null");
        long[][] out = new long[2][count];
        try (ResultSet rs = st.executeQuery("select id, owner_id from customer where owner_id is not null order by id")) {
            int i = 0;
            while (rs.next() && i < count) {
                out[0][i] = rs.getLong(1);
                out[1][i] = rs.getLong(2);
                i++;
            }
        }
        return out;
    }

    /** Drops the secondary indexes and unique constraints; answers the statements that build them again. */
    static List<String> dropIndexes(Statement st, String... tables) throws SQLException {
        List<String> rebuild = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        for (String table : tables) {
            // A unique constraint that a foreign key references (V171: the lines' (order_id, imported) to the orders'
            // (id, imported)) stays: dropping it would take the key along.
            try (ResultSet rs = st.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint c where conrelid = '"
                    + table + "'::regclass and contype = 'u' and not exists (select 1 from pg_constraint f"
                    + " where f.contype = 'f' and f.conindid = c.conindid)")) {
                while (rs.next()) {
                    drop.add("alter table " + table + " drop constraint " + rs.getString(1));
                    rebuild.add("alter table " + table + " add constraint " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("select i.indexname, i.indexdef from pg_indexes i where i.tablename = '" + table
                    + "' and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
                while (rs.next()) {
                    drop.add("drop index " + rs.getString(1));
                    rebuild.add(rs.getString(2));
                }
            }
        }
        for (String ddl : drop) {
            st.execute(ddl);
        }
        return rebuild;
    }

    static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
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

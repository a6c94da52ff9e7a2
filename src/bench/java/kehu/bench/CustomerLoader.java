package kehu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.kehu.demo.EnterpriseGenerator;
import org.kehu.shared.PinyinInitials;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Loads generated customers (ids after the demo data's) and 3 contacts each with {@code COPY}. Both
 * tables reference each other (customer.main_contact_id, contact.customer_id), so ids are assigned
 * here and the foreign-key triggers are off for the load ({@code session_replication_role = replica}).
 */
final class CustomerLoader {

    private static final int CHUNK = 1 << 20;
    private final DataSource dataSource;

    CustomerLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void load(int customers) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long firstCustomer = single(st, "select coalesce(max(id), 0) + 1 from customer");
            long firstContact = single(st, "select coalesce(max(id), 0) + 1 from contact");
            List<Long> owners = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select id from app_user where username in ('manager', 'manager2', 'director') order by id")) {
                while (rs.next()) {
                    owners.add(rs.getLong(1));
                }
            }
            st.execute("set session_replication_role = replica");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            EnterpriseGenerator gen = new EnterpriseGenerator(42L);
            Map<String, String> initialsCache = new HashMap<>();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

            CopyIn customersIn = copy.copyIn("""
                    copy customer(id, code, name, name_initials, main_contact_id, phone, province_code, city_code, address,
                        nature_code, group_code, industry_code, grade_code, owner_id, tax_number, source_code, status,
                        created_by, created_at, updated_at, version) from stdin""");
            StringBuilder buf = new StringBuilder(CHUNK + 4096);
            List<String[]> contactSeeds = new ArrayList<>();
            for (int i = 0; i < customers; i++) {
                long id = firstCustomer + i;
                EnterpriseGenerator.Place place = gen.place();
                EnterpriseGenerator.Trade trade = gen.trade();
                String name = gen.companyName(place, trade.word());
                String initials = initialsCache.computeIfAbsent(name, PinyinInitials::of);
                long owner = owners.get(i % owners.size());
                Instant updated = now.minus(gen.random().nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
                row(buf, id, "KB" + id, name, initials, firstContact + 3L * i, gen.landline(place), place.provinceCode(),
                        place.cityCode(), place.cityName() + "市工业园区" + (1 + gen.random().nextInt(500)) + "号",
                        gen.nature(), gen.group(), trade.industryCode(), gen.grade(), owner, gen.taxNumber(), gen.source(), "ACTIVE",
                        owner, updated.minus(30, ChronoUnit.DAYS), updated, 0);
                if (buf.length() > CHUNK) {
                    flush(customersIn, buf);
                }
            }
            flush(customersIn, buf);
            customersIn.endCopy();

            CopyIn contactsIn = copy.copyIn("""
                    copy contact(id, customer_id, name, department, title, mobile, email, birthday, is_primary,
                        marketing_consent) from stdin""");
            for (int i = 0; i < customers; i++) {
                long customerId = firstCustomer + i;
                for (int k = 0; k < 3; k++) {
                    String person = gen.personName();
                    LocalDate birthday = gen.birthday();
                    row(buf, firstContact + 3L * i + k, customerId, person, gen.department(), gen.title(), gen.mobile(),
                            "c" + customerId + "_" + k + "@example.com.cn", birthday, k == 0, gen.random().nextInt(3) == 0);
                }
                if (buf.length() > CHUNK) {
                    flush(contactsIn, buf);
                }
            }
            flush(contactsIn, buf);
            contactsIn.endCopy();
            st.execute("set session_replication_role = origin");
            // The load bypassed the triggers, customer_score's insert trigger too (V488): every customer has a score
            // row, which the lists join with an inner join. One set for the loaded customers.
            st.execute("insert into customer_score(customer_id) select id from customer where id >= " + firstCustomer
                    + " on conflict do nothing");
            st.execute("select setval(pg_get_serial_sequence('customer', 'id'), (select max(id) from customer))");
            st.execute("select setval(pg_get_serial_sequence('contact', 'id'), (select max(id) from contact))");
            // The copy ran without triggers: the new customers per owner and day (V482) are counted from the table instead.
            st.execute("select analytics_owner_customers_rebuild()");
            // VACUUM as well: it sets the visibility map (index-only scans) and leaves autovacuum nothing
            // to do on these tables while the cases are measured. VACUUM cannot run in a transaction.
            boolean autoCommit = st.getConnection().getAutoCommit();
            st.getConnection().setAutoCommit(true);
            st.execute("vacuum analyze customer");
            st.execute("vacuum analyze contact");
            st.execute("vacuum analyze customer_score");
            st.execute("vacuum analyze analytics_owner_day");
            st.execute("vacuum analyze analytics_owner_month");
            st.getConnection().setAutoCommit(autoCommit);
        }
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One line of COPY text format: tab-separated, \N for null; generated values hold no tabs or backslashes. */
    private static void row(StringBuilder buf, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buf.append('\t');
            }
            Object v = values[i];
            buf.append(v == null ? "\\N" : v instanceof Boolean b ? (b ? "t" : "f") : v.toString());
        }
        buf.append('\n');
    }

    private static void flush(CopyIn in, StringBuilder buf) throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }
}

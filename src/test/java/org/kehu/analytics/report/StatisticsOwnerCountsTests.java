package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.catalog.Inventory;
import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerInput;
import org.kehu.customer.CustomerManagement;
import org.kehu.identity.OwnerScope;
import org.kehu.order.OrderDetails;
import org.kehu.order.OrderInput;
import org.kehu.order.OrderLineInput;
import org.kehu.order.OrderManagement;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics report's new customers and orders per person come from counts kept by triggers (V482): they must be
 * what counting the customers and orders themselves gives, on the demo data and after every kind of change an
 * order or a customer goes through. Each expected figure is counted here from {@code customer} and
 * {@code sales_order} with the report's rules (customers with an owner under their current owner by the business
 * day of their creation; orders confirmed or later, not cancelled, by order date), never copied in. Several periods,
 * so that whole months, edge days and a period inside one month are all read.
 */
@SpringBootTest
@Transactional
class StatisticsOwnerCountsTests {

    @Autowired
    StatisticsReport report;
    @Autowired
    CustomerManagement customers;
    @Autowired
    OrderManagement orders;
    @Autowired
    Inventory inventory;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(BusinessTime.ZONE);
    private long manager;
    private long manager2;
    /** A user past the first ids, who owns nothing until a test gives him something. */
    private long newcomer;
    private long product;
    private long warehouse;

    @BeforeEach
    void signInWithStock() {
        UserDetails admin = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        manager = userId("manager");
        manager2 = userId("manager2");
        newcomer = jdbc.sql("""
                insert into app_user(id, username, password_hash, name) overriding system value
                values ((select greatest(max(id), 1000) + 1 from app_user), 'stat-newcomer', '{noop}x', '统计新人') returning id""")
                .query(Long.class).single();
        long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values ('T-STAT', '统计测试', 'Statistics test') returning id")
                .query(Long.class).single();
        product = jdbc.sql("insert into product(code, name, category_id, unit_code, price) values ('T-STAT-P', '统计测试泵', ?, 'PIECE', 500) returning id")
                .params(category).query(Long.class).single();
        warehouse = jdbc.sql("insert into warehouse(code, name) values ('T-STAT-WH', '统计测试仓') returning id").query(Long.class).single();
        inventory.receive(warehouse, Inventory.one(product, BigDecimal.valueOf(100)), "opening stock", null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDemoDataCountsTheSameFromTheReadModelAsFromTheTables() {
        assertSameAsTheTables();
        // Not vacuous: the demo data has sales and new customers in the last three years.
        assertThat(counted(today.minusYears(3), today).values()).anyMatch(c -> c[0] > 0).anyMatch(c -> c[1] > 0);
    }

    @Test
    void anOrderConfirmedMovedReDatedCancelledAndDeletedMovesTheCounts() {
        long customer = customer("manager", "统计订单测试机械公司");
        OrderDetails pending = order(customer, today.minusDays(40));
        assertSameAsTheTables();
        long[] before = figures(today.minusYears(1).plusDays(1), today).getOrDefault(manager, new long[2]);

        OrderDetails confirmed = orders.confirm(pending.id(), pending.version());
        assertSameAsTheTables();
        assertThat(figures(today.minusYears(1).plusDays(1), today).get(manager)[1]).isEqualTo(before[1] + 1);

        jdbc.sql("update sales_order set owner_id = ? where id = ?").params(newcomer, confirmed.id()).update();
        assertSameAsTheTables();
        assertThat(figures(today.minusYears(1).plusDays(1), today).get(newcomer)).containsExactly(0, 1);

        jdbc.sql("update sales_order set order_date = order_date - 400 where id = ?").params(confirmed.id()).update();
        assertSameAsTheTables();

        jdbc.sql("update sales_order set owner_id = ?, order_date = order_date + 400 where id = ?")
                .params(manager, confirmed.id()).update();
        orders.cancel(confirmed.id(), null);
        assertSameAsTheTables();
        assertThat(figures(today.minusYears(1).plusDays(1), today).getOrDefault(manager, new long[2])[1]).isEqualTo(before[1]);

        OrderDetails second = order(customer, today.minusDays(3));
        orders.confirm(second.id(), second.version());
        assertSameAsTheTables();
        jdbc.sql("delete from sales_order where id = ?").params(second.id()).update();
        assertSameAsTheTables();
    }

    @Test
    void aCustomerCreatedGivenToAnotherOwnerReDatedAndDeletedMovesTheCounts() {
        long[] before = figures(today, today).getOrDefault(manager2, new long[2]);
        long customer = customer("manager", "统计客户测试贸易公司");
        assertSameAsTheTables();

        customers.transfer(List.of(customer), manager2, "统计测试");
        assertSameAsTheTables();
        assertThat(figures(today, today).get(manager2)[0]).isEqualTo(before[0] + 1);

        jdbc.sql("update customer set created_at = created_at - interval '13 months' where id = ?").params(customer).update();
        assertSameAsTheTables();
        jdbc.sql("update customer set owner_id = null where id = ?").params(customer).update();
        assertSameAsTheTables();

        // Several customers in one statement (as an import writes them), then deleted in one.
        jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, created_at)
                values ('T-STAT-1', '统计批量一', 'TJPL', :a, :day1), ('T-STAT-2', '统计批量二', 'TJPL', :a, :day1),
                       ('T-STAT-3', '统计批量三', 'TJPL', :b, :day2), ('T-STAT-4', '统计批量四', 'TJPL', null, :day2)""")
                .param("a", newcomer).param("b", manager).param("day1", at(today.minusDays(35)))
                .param("day2", at(today.minusMonths(14))).update();
        assertSameAsTheTables();
        assertThat(figures(today.minusYears(1).plusDays(1), today).get(newcomer)).containsExactly(2, 0);
        jdbc.sql("delete from customer where code like 'T-STAT-%'").update();
        assertSameAsTheTables();
        assertThat(figures(today.minusYears(1).plusDays(1), today)).doesNotContainKey(newcomer);
    }

    @Test
    void theRebuildGivesWhatTheTriggersKept() {
        long customer = customer("manager", "统计重建测试化工公司");
        OrderDetails order = order(customer, today.minusDays(10));
        orders.confirm(order.id(), order.version());
        customers.transfer(List.of(customer), manager2, null);
        List<String> days = rows("select day || ' ' || owner_id || ' ' || new_customers || ' ' || sale_orders"
                + " from analytics_owner_day where new_customers <> 0 or sale_orders <> 0 order by day, owner_id");
        List<String> months = rows("select month || ' ' || owner_id || ' ' || new_customers || ' ' || sale_orders"
                + " from analytics_owner_month where new_customers <> 0 or sale_orders <> 0 order by month, owner_id");

        jdbc.sql("select analytics_owner_customers_rebuild()").query(Object.class).list();
        jdbc.sql("select analytics_owner_orders_rebuild()").query(Object.class).list();

        assertThat(rows("select day || ' ' || owner_id || ' ' || new_customers || ' ' || sale_orders"
                + " from analytics_owner_day order by day, owner_id")).isEqualTo(days);
        assertThat(rows("select month || ' ' || owner_id || ' ' || new_customers || ' ' || sale_orders"
                + " from analytics_owner_month order by month, owner_id")).isEqualTo(months);
        assertSameAsTheTables();
    }

    @Test
    void aReaderOutsideTheScopeGetsNothing() {
        LocalDate from = today.minusYears(3);
        assertThat(report.figures(filter(from, today, OwnerScope.of(List.of(newcomer)), null), from, today)).isEmpty();

        long customer = customer("manager", "统计范围测试电子公司");
        OrderDetails order = order(customer, today.minusDays(2));
        orders.confirm(order.id(), order.version());
        assertThat(report.figures(filter(from, today, OwnerScope.of(List.of(newcomer)), null), from, today)).isEmpty();

        // Within the scope, only the persons it holds, and the owner filter narrows it further.
        Map<Long, long[]> all = counted(from, today);
        Map<Long, long[]> managers = counts(report.figures(filter(from, today, OwnerScope.of(List.of(manager, newcomer)), null), from, today));
        assertThat(managers).containsOnlyKeys(manager);
        assertThat(managers.get(manager)).containsExactly(all.get(manager));
        Map<Long, long[]> filtered = counts(report.figures(filter(from, today, OwnerScope.everything(), List.of(manager2)), from, today));
        assertThat(filtered.keySet()).isSubsetOf(List.of(manager2));
        if (all.containsKey(manager2)) {
            assertThat(filtered.get(manager2)).containsExactly(all.get(manager2));
        }
    }

    /** The periods read: the last twelve months, the year before, whole months, a few days, three years, today. */
    private void assertSameAsTheTables() {
        LocalDate monthStart = today.withDayOfMonth(1);
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {today.minusYears(1).plusDays(1), today},
                new LocalDate[] {today.minusYears(2).plusDays(1), today.minusYears(1)},
                new LocalDate[] {monthStart.minusMonths(6), monthStart.minusDays(1)},
                new LocalDate[] {today.minusDays(20), today.minusDays(5)},
                new LocalDate[] {monthStart.minusMonths(14).plusDays(9), monthStart.minusMonths(2).plusDays(19)},
                new LocalDate[] {today.minusYears(3), today},
                new LocalDate[] {today, today});
        for (LocalDate[] p : periods) {
            Map<Long, long[]> expected = counted(p[0], p[1]);
            Map<Long, long[]> actual = figures(p[0], p[1]);
            assertThat(actual.keySet()).as("owners %s to %s", p[0], p[1]).isEqualTo(expected.keySet());
            expected.forEach((owner, c) -> assertThat(actual.get(owner)).as("owner %d, %s to %s", owner, p[0], p[1])
                    .containsExactly(c));
        }
    }

    /** The report's new customers and orders per person over the period, as the executive (scope all) reads them. */
    private Map<Long, long[]> figures(LocalDate from, LocalDate to) {
        return counts(report.figures(filter(from, to, OwnerScope.everything(), null), from, to));
    }

    private static Map<Long, long[]> counts(Map<Long, StatisticsReport.Figures> figures) {
        Map<Long, long[]> out = new TreeMap<>();
        figures.forEach((owner, f) -> {
            if (f.newCustomers != 0 || f.orders != 0) {
                out.put(owner, new long[] {f.newCustomers, f.orders});
            }
        });
        return out;
    }

    /** The same figures counted from the customers and orders themselves. */
    private Map<Long, long[]> counted(LocalDate from, LocalDate to) {
        Map<Long, long[]> out = new TreeMap<>();
        jdbc.sql("""
                select owner_id, count(*) from customer where owner_id is not null and created_at >= :fromTs and created_at < :endTs
                 group by owner_id""").param("fromTs", at(from)).param("endTs", at(to.plusDays(1)))
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new long[2])[0] = rs.getLong(2)).list();
        jdbc.sql("""
                select owner_id, count(*) from sales_order where status in (:sales) and order_date >= :from and order_date <= :to
                 group by owner_id""").param("sales", List.copyOf(ReportFixture.SALES)).param("from", from).param("to", to)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new long[2])[1] = rs.getLong(2)).list();
        return out;
    }

    private static ReportFilter filter(LocalDate from, LocalDate to, OwnerScope scope, List<Long> owners) {
        return new ReportFilter(from, to, null, null, owners, null, null, null, "person", scope);
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(BusinessTime.ZONE).toInstant());
    }

    private List<String> rows(String sql) {
        return new ArrayList<>(jdbc.sql(sql).query(String.class).list());
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").params(username).query(Long.class).single();
    }

    private long customer(String owner, String name) {
        CustomerInput in = new CustomerInput();
        in.setName(name);
        in.setOwnerId(userId(owner));
        CustomerDetails created = customers.create(in, true);
        return created.id();
    }

    private OrderDetails order(long customer, LocalDate date) {
        OrderInput in = new OrderInput();
        in.setCustomerId(customer);
        in.setWarehouseId(warehouse);
        in.setOrderDate(date);
        in.setLines(List.of(new OrderLineInput(product, BigDecimal.valueOf(2), new BigDecimal("500"), null)));
        return orders.create(in);
    }
}

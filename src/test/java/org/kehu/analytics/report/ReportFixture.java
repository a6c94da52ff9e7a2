package org.kehu.analytics.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.kehu.analytics.SalesReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small known data set in 2016, a year the demo orders do not reach: two account managers of a test
 * department ({@code t-rep-a} with five customers, {@code t-rep-b} with one), their director {@code t-rep-d}, two
 * product categories, and orders in every status, some outside the year. The expected figures of each test are
 * worked out from {@link #orders} here, not copied.
 */
final class ReportFixture {

    static final LocalDate FROM = LocalDate.of(2016, 1, 1);
    static final LocalDate TO = LocalDate.of(2016, 12, 31);
    static final Set<String> SALES = Set.of("CONFIRMED", "IN_PRODUCTION", "SHIPPED", "DELIVERED", "COMPLETED");

    record Customer(String code, String name, String owner, String grade, String nature, String province) {
    }

    record Line(int category, String amount) {
    }

    record Order(int customer, LocalDate day, String status, List<Line> lines) {

        BigDecimal amount() {
            return lines.stream().map(l -> new BigDecimal(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        boolean isSaleIn2016() {
            return SALES.contains(status) && !day.isBefore(FROM) && !day.isAfter(TO);
        }
    }

    static final List<Customer> CUSTOMERS = List.of(
            new Customer("KHREP01", "报表测试甲公司", "t-rep-a", "KEY", "PRIVATE", "420000"),
            new Customer("KHREP02", "报表测试乙公司", "t-rep-a", "ORDINARY", "STATE_OWNED", "110000"),
            new Customer("KHREP03", "报表测试丙公司", "t-rep-a", "SMALL", "PRIVATE", "420000"),
            new Customer("KHREP04", "报表测试丁公司", "t-rep-a", "ORDINARY", "FOREIGN", "440000"),
            new Customer("KHREP05", "报表测试戊公司", "t-rep-a", "KEY", "PRIVATE", "440000"),
            new Customer("KHREP06", "报表测试己公司", "t-rep-b", "STRATEGIC", "PRIVATE", "310000"));

    static final List<Order> ORDERS = List.of(
            new Order(0, LocalDate.of(2016, 1, 10), "COMPLETED", List.of(new Line(0, "1000.00"), new Line(1, "500.00"))),
            new Order(0, LocalDate.of(2016, 3, 5), "CONFIRMED", List.of(new Line(0, "700.00"))),
            new Order(1, LocalDate.of(2016, 2, 20), "SHIPPED", List.of(new Line(1, "300.00"))),
            new Order(1, LocalDate.of(2016, 8, 15), "COMPLETED", List.of(new Line(0, "200.00"), new Line(1, "100.00"))),
            new Order(2, LocalDate.of(2016, 7, 1), "DELIVERED", List.of(new Line(0, "50.00"))),
            new Order(2, LocalDate.of(2016, 9, 9), "CANCELLED", List.of(new Line(0, "9999.00"))),
            new Order(3, LocalDate.of(2016, 11, 30), "PENDING", List.of(new Line(1, "8888.00"))),
            new Order(3, LocalDate.of(2016, 12, 31), "IN_PRODUCTION", List.of(new Line(1, "400.00"))),
            new Order(0, LocalDate.of(2016, 10, 3), "COMPLETED", List.of(new Line(1, "250.00"))),
            new Order(5, LocalDate.of(2016, 6, 6), "COMPLETED", List.of(new Line(0, "5000.00"))),
            new Order(0, LocalDate.of(2015, 12, 31), "COMPLETED", List.of(new Line(0, "12345.00"))),
            new Order(1, LocalDate.of(2017, 1, 1), "COMPLETED", List.of(new Line(0, "777.00"))));

    final Map<String, Long> users = new LinkedHashMap<>();
    final List<Long> customerIds = new ArrayList<>();
    final List<Long> categoryIds = new ArrayList<>();
    long department;

    /** Writes the users, customers, products and orders, and rebuilds the read model over the years they span. */
    static ReportFixture load(JdbcClient jdbc, SalesReadModel model) {
        ReportFixture f = new ReportFixture();
        f.department = jdbc.sql("insert into department(code, name) values ('T-REP', '报表测试部') returning id")
                .query(Long.class).single();
        long role = jdbc.sql("insert into role(code, name_zh, name_en, data_scope) values ('T_REP', '报表测试', 'Report test', 'OWN') returning id")
                .query(Long.class).single();
        for (String p : List.of("report.view", "report.export", "customer.view")) {
            jdbc.sql("insert into role_permission(role_id, permission) values (?, ?)").params(role, p).update();
        }
        String hash = jdbc.sql("select password_hash from app_user where username = 'manager'").query(String.class).single();
        for (String name : List.of("t-rep-a", "t-rep-b", "t-rep-d")) {
            long id = jdbc.sql("insert into app_user(username, password_hash, name, department_id) values (?, ?, ?, ?) returning id")
                    .params(name, hash, "测试" + name, f.department).query(Long.class).single();
            f.users.put(name, id);
            if (name.equals("t-rep-d")) {
                jdbc.sql("insert into user_role(user_id, role_id) select ?, id from role where code = 'SALES_DIRECTOR'").param(id).update();
            } else {
                jdbc.sql("insert into user_role(user_id, role_id) values (?, ?)").params(id, role).update();
            }
        }
        for (Customer c : CUSTOMERS) {
            f.customerIds.add(jdbc.sql("""
                    insert into customer(code, name, name_initials, owner_id, grade_code, nature_code, province_code, status, created_by)
                    values (?, ?, 'bgcs', ?, ?, ?, ?, 'ACTIVE', ?) returning id""")
                    .params(c.code(), c.name(), f.users.get(c.owner()), c.grade(), c.nature(), c.province(), f.users.get(c.owner()))
                    .query(Long.class).single());
        }
        List<Long> products = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values (?, ?, ?) returning id")
                    .params("T-REP-K" + k, "报表类别" + k, "Report category " + k).query(Long.class).single();
            f.categoryIds.add(category);
            products.add(jdbc.sql("insert into product(code, name, category_id, unit_code, price) values (?, ?, ?, 'PIECE', 1) returning id")
                    .params("T-REP-P" + k, "报表产品" + k, category).query(Long.class).single());
        }
        long warehouse = jdbc.sql("select min(id) from warehouse").query(Long.class).single();
        int n = 0;
        for (Order o : ORDERS) {
            long owner = f.users.get(CUSTOMERS.get(o.customer()).owner());
            long order = jdbc.sql("""
                    insert into sales_order(number, customer_id, owner_id, order_date, warehouse_id, status, total, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params("TREP" + (++n), f.customerIds.get(o.customer()), owner, o.day(), warehouse, o.status(), o.amount(), owner)
                    .query(Long.class).single();
            int lineNo = 0;
            for (Line l : o.lines()) {
                jdbc.sql("""
                        insert into sales_order_line(order_id, line_no, product_id, product_code, product_name, quantity, unit_price, amount)
                        values (?, ?, ?, 'T', 'T', ?, 1, ?)""")
                        .params(order, ++lineNo, products.get(l.category()), new BigDecimal(l.amount()), new BigDecimal(l.amount()))
                        .update();
            }
        }
        model.rebuild(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31));
        return f;
    }

    /** Net revenue in 2016 per customer index, of the orders that pass the test. */
    static Map<Integer, BigDecimal> revenueByCustomer(Predicate<Order> which) {
        Map<Integer, BigDecimal> revenue = new LinkedHashMap<>();
        ORDERS.stream().filter(Order::isSaleIn2016).filter(which)
                .forEach(o -> revenue.merge(o.customer(), o.amount(), BigDecimal::add));
        return revenue;
    }

    static Predicate<Order> ownedBy(String owner) {
        return o -> CUSTOMERS.get(o.customer()).owner().equals(owner);
    }
}

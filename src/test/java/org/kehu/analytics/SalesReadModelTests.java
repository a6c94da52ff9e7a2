package org.kehu.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.catalog.Inventory;
import org.kehu.catalog.StockLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The read model follows the orders a user works on: a confirmed order counts, a pending or cancelled one does
 * not, two orders of one customer on one day add up, and what is kept step by step is what a rebuild from the
 * order tables gives.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SalesReadModelTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inventory inventory;
    @Autowired
    SalesReadModel model;

    private final JsonMapper json = JsonMapper.builder().build();
    private long warehouse;
    private long gear;
    private long shaft;
    private long customer;
    private long gearCategory;

    @BeforeEach
    void stockAndCustomer() {
        gearCategory = category("T-RM-G");
        long shaftCategory = category("T-RM-S");
        gear = product(gearCategory, "T-RM-GEAR", "200.00");
        shaft = product(shaftCategory, "T-RM-SHAFT", "1000.00");
        warehouse = jdbc.sql("insert into warehouse(code, name, sort_order) values ('T-WH-RM', '读模型仓库', 99) returning id")
                .query(Long.class).single();
        inventory.receive(warehouse, List.of(new StockLine(gear, BigDecimal.valueOf(50)), new StockLine(shaft, BigDecimal.TEN)),
                "opening stock", null);
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        customer = jdbc.sql("""
                insert into customer(code, name, name_initials, address, owner_id, status, created_by)
                values ('KHTEST-RM', '读模型测试客户有限公司', 'dmxcskhyxgs', '武汉市', ?, 'ACTIVE', ?) returning id""")
                .params(manager, manager).query(Long.class).single();
    }

    @Test
    void aConfirmedOrderCountsAndAPendingOneDoesNot() throws Exception {
        long order = order("{\"productId\":" + gear + ",\"quantity\":2,\"discount\":10},{\"productId\":" + shaft + ",\"quantity\":1}");
        assertThat(purchases()).isEmpty();

        step(order, "confirm");

        // 2 × 200 less 10 % = 360 in the gear category, 1 000 in the shaft category: 1 360 on the day.
        assertThat(purchases()).singleElement().satisfies(p -> {
            assertThat((BigDecimal) p.get("amount")).isEqualByComparingTo("1360.00");
            assertThat(p.get("order_count")).isEqualTo(1);
        });
        assertThat(jdbc.sql("select amount from analytics_sales_day where customer_id = :c and category_id = :k")
                .param("c", customer).param("k", gearCategory).query(BigDecimal.class).single()).isEqualByComparingTo("360.00");
    }

    @Test
    void twoOrdersOnOneDayAddUpAndACancelledOneIsTakenAway() throws Exception {
        long first = order("{\"productId\":" + gear + ",\"quantity\":1}");
        long second = order("{\"productId\":" + gear + ",\"quantity\":3}");
        step(first, "confirm");
        step(second, "confirm");
        assertThat((BigDecimal) purchases().get(0).get("amount")).isEqualByComparingTo("800.00");
        assertThat(purchases().get(0).get("order_count")).isEqualTo(2);

        step(second, "cancel");
        assertThat((BigDecimal) purchases().get(0).get("amount")).isEqualByComparingTo("200.00");

        step(first, "cancel");
        assertThat(purchases()).isEmpty();
        assertThat(jdbc.sql("select count(*) from analytics_sales_day where customer_id = :c").param("c", customer)
                .query(Long.class).single()).isZero();
    }

    @Test
    void whatIsKeptStepByStepIsWhatARebuildGives() throws Exception {
        long kept = order("{\"productId\":" + gear + ",\"quantity\":2},{\"productId\":" + shaft + ",\"quantity\":2}");
        long shipped = order("{\"productId\":" + shaft + ",\"quantity\":1}");
        long cancelled = order("{\"productId\":" + gear + ",\"quantity\":5}");
        step(kept, "confirm");
        step(shipped, "confirm");
        step(shipped, "ship");
        step(cancelled, "confirm");
        step(cancelled, "cancel");
        String everything = "select day, customer_id, owner_id, department_id, category_id, amount, quantity, order_count "
                + "from analytics_sales_day order by 1, 2, 3, 5";
        List<Map<String, Object>> incremental = jdbc.sql(everything).query().listOfRows();
        List<Map<String, Object>> purchasesBefore = jdbc.sql("select * from analytics_purchase_day order by 1, 2").query().listOfRows();

        model.rebuildAll();

        assertThat(jdbc.sql(everything).query().listOfRows()).isEqualTo(incremental);
        assertThat(jdbc.sql("select * from analytics_purchase_day order by 1, 2").query().listOfRows()).isEqualTo(purchasesBefore);
        assertThat(incremental).isNotEmpty();
    }

    @Test
    void theRollupsFollowTheDaysStepByStepAtMonthEdgesAndAfterARebuild() throws Exception {
        LocalDate today = LocalDate.now(org.kehu.shared.BusinessTime.ZONE);
        LocalDate lastOfLastMonth = today.withDayOfMonth(1).minusDays(1);
        long endOfMonth = order(lastOfLastMonth, "{\"productId\":" + gear + ",\"quantity\":2},{\"productId\":" + shaft + ",\"quantity\":1}");
        long startOfMonth = order(today.withDayOfMonth(1), "{\"productId\":" + shaft + ",\"quantity\":2}");
        long cancelled = order(today.withDayOfMonth(1), "{\"productId\":" + gear + ",\"quantity\":4}");
        step(endOfMonth, "confirm");
        step(startOfMonth, "confirm");
        step(startOfMonth, "ship");
        step(cancelled, "confirm");
        assertRollupsAreTheDays();
        step(cancelled, "cancel");
        assertRollupsAreTheDays();

        // This customer's last two months: 2 × 200 + 1 000 on the last day of one, 2 × 1 000 on the first of the next.
        assertThat(jdbc.sql("select amount, order_count from analytics_customer_trailing where customer_id = :c")
                .param("c", customer).query().singleRow())
                .satisfies(r -> assertThat((BigDecimal) r.get("amount")).isEqualByComparingTo("3400.00"))
                .containsEntry("order_count", 2);
        List<List<Map<String, Object>>> kept = List.of(rows(MONTHS), rows(PURCHASE_MONTHS), rows(TRAILING), rows(OWNER_DAYS));
        model.rebuildAll();
        assertThat(List.of(rows(MONTHS), rows(PURCHASE_MONTHS), rows(TRAILING), rows(OWNER_DAYS))).isEqualTo(kept);
        assertRollupsAreTheDays();
    }

    @Test
    void aPeriodOfWholeMonthsAndEdgeDaysSumsWhatItsDayRowsSum() throws Exception {
        LocalDate today = LocalDate.now(org.kehu.shared.BusinessTime.ZONE);
        long edge = order(today.withDayOfMonth(1), "{\"productId\":" + gear + ",\"quantity\":3}");
        step(edge, "confirm");
        // The reports' year to today, a period inside one month, one starting mid-month, one of whole months.
        for (LocalDate[] period : List.of(new LocalDate[] {today.minusYears(1).plusDays(1), today.plusDays(1)},
                new LocalDate[] {today.withDayOfMonth(1), today.plusDays(1)},
                new LocalDate[] {today.minusDays(100), today.minusDays(3)},
                new LocalDate[] {today.withDayOfMonth(1).minusMonths(6), today.withDayOfMonth(1)})) {
            Map<String, Object> params = new java.util.HashMap<>();
            String months = MonthlySales.between(period[0], period[1], params);
            String fromRollups = "select owner_id, category_id, sum(amount) as amount, sum(quantity) as quantity from "
                    + months + " s group by 1, 2 having sum(amount) <> 0 or sum(quantity) <> 0 order by 1, 2";
            List<Map<String, Object>> expected = jdbc.sql("""
                    select owner_id, category_id, sum(amount) as amount, sum(quantity) as quantity from analytics_sales_day
                     where day >= :from and day < :end group by 1, 2 having sum(amount) <> 0 or sum(quantity) <> 0
                     order by 1, 2""").param("from", period[0]).param("end", period[1]).query().listOfRows();
            assertThat(jdbc.sql(fromRollups).params(params).query().listOfRows()).as(period[0] + " to " + period[1])
                    .isEqualTo(expected).isNotEmpty();
        }
    }

    private static final String MONTHS = "select month, owner_id, category_id, amount, quantity, order_count from analytics_sales_month";
    private static final String MONTHS_FROM_DAYS = """
            select date_trunc('month', day)::date as month, owner_id, category_id, sum(amount) as amount,
                   sum(quantity) as quantity, sum(order_count)::int as order_count
              from analytics_sales_day group by 1, 2, 3""";
    /** The daily rollup without the customer; a row netted to nothing stays in it and is left out here. */
    private static final String OWNER_DAYS = """
            select day, owner_id, category_id, amount, quantity, order_count from analytics_sales_owner_day
             where amount <> 0 or quantity <> 0 or order_count <> 0""";
    private static final String OWNER_DAYS_FROM_DAYS = """
            select day, owner_id, category_id, sum(amount) as amount, sum(quantity) as quantity,
                   sum(order_count)::int as order_count
              from analytics_sales_day group by 1, 2, 3""";
    private static final String PURCHASE_MONTHS = "select month, amount, order_count, customers from analytics_purchase_month";
    private static final String PURCHASE_MONTHS_FROM_DAYS = """
            select date_trunc('month', day)::date as month, sum(amount) as amount, sum(order_count)::int as order_count,
                   count(distinct customer_id)::int as customers
              from analytics_purchase_day group by 1""";
    private static final String TRAILING = "select customer_id, amount, order_count from analytics_customer_trailing";
    private static final String TRAILING_FROM_DAYS = """
            select p.customer_id, sum(p.amount) as amount, sum(p.order_count)::int as order_count
              from analytics_purchase_day p, analytics_trailing_window w
             where p.day between w.first_day and w.last_day group by p.customer_id""";

    /** Each rollup holds exactly what summing the day rows gives. */
    private void assertRollupsAreTheDays() {
        assertThat(rows(MONTHS)).isEqualTo(rows(MONTHS_FROM_DAYS)).isNotEmpty();
        assertThat(rows(OWNER_DAYS)).isEqualTo(rows(OWNER_DAYS_FROM_DAYS)).isNotEmpty();
        assertThat(rows(PURCHASE_MONTHS)).isEqualTo(rows(PURCHASE_MONTHS_FROM_DAYS));
        assertThat(rows(TRAILING)).isEqualTo(rows(TRAILING_FROM_DAYS));
        // The window's totals kept by V491's triggers over their slots: those of its rows.
        assertThat(jdbc.sql("""
                select sum(customers) as customers, sum(amount) as amount, sum(order_count) as order_count
                  from analytics_customer_trailing_totals""").query().singleRow())
                .isEqualTo(jdbc.sql("""
                        select count(*)::numeric as customers, coalesce(sum(amount), 0)::numeric as amount,
                               coalesce(sum(order_count), 0)::numeric as order_count from analytics_customer_trailing""")
                        .query().singleRow());
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.sql("select * from (" + sql + ") r order by 1, 2, 3").query().listOfRows();
    }

    @Test
    void aRebuiltSpanOfDaysMatchesTheDemoOrders() {
        LocalDate from = LocalDate.now().minusYears(1);
        LocalDate to = LocalDate.now();
        model.rebuild(from, to);
        BigDecimal fromOrders = jdbc.sql("""
                select coalesce(sum(l.amount), 0) from sales_order o join sales_order_line l on l.order_id = o.id
                where o.status not in ('PENDING', 'CANCELLED') and o.order_date between :from and :to""")
                .param("from", from).param("to", to).query(BigDecimal.class).single();
        BigDecimal fromModel = jdbc.sql("select coalesce(sum(amount), 0) from analytics_sales_day where day between :from and :to")
                .param("from", from).param("to", to).query(BigDecimal.class).single();
        assertThat(fromOrders).isPositive();
        assertThat(fromModel).isEqualByComparingTo(fromOrders);
    }

    private List<Map<String, Object>> purchases() {
        return jdbc.sql("select amount, order_count from analytics_purchase_day where customer_id = :c").param("c", customer)
                .query().listOfRows();
    }

    private long order(String lines) throws Exception {
        return order(null, lines);
    }

    private long order(LocalDate date, String lines) throws Exception {
        String body = mvc.perform(post("/api/v1/orders").with(user(accounts.loadUserByUsername("manager"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + customer + ",\"warehouseId\":" + warehouse
                                + (date == null ? "" : ",\"orderDate\":\"" + date + "\"") + ",\"lines\":[" + lines + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private void step(long order, String step) throws Exception {
        mvc.perform(post("/api/v1/orders/" + order + "/" + step).with(user(accounts.loadUserByUsername("director")))
                .with(csrf())).andExpect(status().isOk());
    }

    private long category(String code) {
        return jdbc.sql("insert into product_category(code, name_zh, name_en) values (?, '读模型', 'Read model') returning id")
                .param(code).query(Long.class).single();
    }

    private long product(long category, String code, String price) {
        return jdbc.sql("insert into product(code, name, category_id, unit_code, price) values (?, ?, ?, 'PIECE', ?) returning id")
                .params(code, code, category, new BigDecimal(price)).query(Long.class).single();
    }
}

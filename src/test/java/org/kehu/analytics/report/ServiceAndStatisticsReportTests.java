package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.analytics.SalesReadModel;
import org.kehu.analytics.report.ReportFixture.Order;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service analysis and the customer, sales and service statistics on the small data set of {@link ReportFixture}
 * plus the tickets and customer start dates below: every expected figure is worked out here from those lists, the
 * year before from the same lists shifted by a year; the account manager sees only his own, bad input is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ServiceAndStatisticsReportTests {

    /** A ticket of the fixture's customer index, handled by a fixture user, opened and resolved on those days. */
    record Ticket(int customer, String type, String priority, String status, Integer satisfaction, boolean breached,
            String handler, LocalDate opened, LocalDate resolved) {

        boolean openedIn(int year) {
            return opened.getYear() == year;
        }

        boolean resolvedIn(int year) {
            return resolved != null && resolved.getYear() == year;
        }

        String owner() {
            return ReportFixture.CUSTOMERS.get(customer).owner();
        }
    }

    static final List<Ticket> TICKETS = List.of(
            new Ticket(0, "REPAIR", "HIGH", "ARCHIVED", 5, false, "t-rep-a", LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 3)),
            new Ticket(1, "REPAIR", "NORMAL", "ARCHIVED", 3, true, "t-rep-a", LocalDate.of(2016, 4, 10), LocalDate.of(2016, 4, 20)),
            new Ticket(2, "CONSULTATION", "LOW", "FEEDBACK", null, false, "t-rep-b", LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 2)),
            new Ticket(5, "COMPLAINT", "URGENT", "ARCHIVED", 1, true, "t-rep-b", LocalDate.of(2016, 7, 7), LocalDate.of(2016, 7, 9)),
            new Ticket(3, "REPAIR", "NORMAL", "ASSIGNED", null, true, "t-rep-a", LocalDate.of(2016, 12, 30), null),
            new Ticket(0, "REPAIR", "HIGH", "ARCHIVED", 4, false, "t-rep-a", LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 2)),
            new Ticket(1, "CONSULTATION", "LOW", "ARCHIVED", 2, false, "t-rep-b", LocalDate.of(2015, 11, 11), LocalDate.of(2015, 11, 12)),
            new Ticket(4, "WARRANTY", "NORMAL", "ARCHIVED", 5, false, "t-rep-a", LocalDate.of(2017, 1, 5), LocalDate.of(2017, 1, 6)));

    /** When each fixture customer was taken on (by index). */
    static final List<LocalDate> TAKEN_ON = List.of(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 2),
            LocalDate.of(2015, 8, 8), LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31), LocalDate.of(2015, 5, 5));

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

    @BeforeEach
    void data() {
        fixture = ReportFixture.load(jdbc, model);
        for (int i = 0; i < TAKEN_ON.size(); i++) {
            jdbc.sql("update customer set created_at = ? where id = ?").params(at(TAKEN_ON.get(i)), fixture.customerIds.get(i)).update();
        }
        int n = 0;
        for (Ticket t : TICKETS) {
            Timestamp opened = at(t.opened());
            jdbc.sql("""
                    insert into ticket(number, customer_id, type_code, priority_code, channel, subject, status, assignee_id,
                        created_at, updated_at, response_due, response_warn_at, resolution_due, resolution_warn_at,
                        resolved_at, response_breached, resolution_breached, satisfaction)
                    values (?, ?, ?, ?, 'PHONE', '报表测试工单', ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)""")
                    .params("TREPT" + (++n), fixture.customerIds.get(t.customer()), t.type(), t.priority(), t.status(),
                            fixture.users.get(t.handler()), opened, opened, opened, opened, opened, opened,
                            t.resolved() == null ? null : at(t.resolved()), t.breached(), t.satisfaction())
                    .update();
        }
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(LocalTime.of(10, 0)).atZone(BusinessTime.ZONE).toInstant());
    }

    @Test
    void serviceCountsTheManagersTicketsByTypeWithBreachesAndSatisfaction() throws Exception {
        List<Ticket> mine = TICKETS.stream().filter(t -> t.openedIn(2016) && t.owner().equals("t-rep-a")).toList();

        JsonNode report = api("t-rep-a", "service", "&dimension=type");

        Map<String, List<Ticket>> byType = mine.stream().collect(Collectors.groupingBy(Ticket::type));
        assertThat(report.get("rowCount").asLong()).isEqualTo(byType.size());
        assertThat(report.get("totals").get("tickets").asLong()).isEqualTo(mine.size());
        assertThat(report.get("totals").get("breached").asLong()).isEqualTo(mine.stream().filter(Ticket::breached).count());
        assertThat(report.get("totals").get("closed").asLong())
                .isEqualTo(mine.stream().filter(t -> t.status().equals("ARCHIVED")).count());
        assertThat(report.get("totals").get("satisfaction").decimalValue()).isEqualByComparingTo(mean(mine));
        JsonNode repairs = report.get("rows").get(0);
        assertThat(repairs.get("value").asString()).isEqualTo("维修");
        assertThat(repairs.get("tickets").asLong()).isEqualTo(byType.get("REPAIR").size());
        assertThat(repairs.get("breachRate").decimalValue()).isEqualByComparingTo(percent(
                byType.get("REPAIR").stream().filter(Ticket::breached).count(), byType.get("REPAIR").size()));
        assertThat(repairs.get("satisfaction").decimalValue()).isEqualByComparingTo(mean(byType.get("REPAIR")));
    }

    @Test
    void theServiceManagerSeesEveryCustomersTicketsBySatisfaction() throws Exception {
        List<Ticket> all = TICKETS.stream().filter(t -> t.openedIn(2016)).toList();

        JsonNode report = api("servicelead", "service", "&dimension=satisfaction&department=" + fixture.department);

        assertThat(report.get("totals").get("tickets").asLong()).isEqualTo(all.size());
        long rated = all.stream().filter(t -> t.satisfaction() != null).count();
        assertThat(report.get("totals").get("rated").asLong()).isEqualTo(rated);
        long distinctRatings = all.stream().map(Ticket::satisfaction).distinct().count();
        assertThat(report.get("rowCount").asLong()).isEqualTo(distinctRatings);
        for (JsonNode row : report.get("rows")) {
            String value = row.get("value").asString();
            long expected = all.stream().filter(t -> value.equals(t.satisfaction() == null ? "未评价" : String.valueOf(t.satisfaction()))).count();
            assertThat(row.get("tickets").asLong()).as(value).isEqualTo(expected);
        }
    }

    @Test
    void statisticsComparePersonsWithTheSamePeriodLastYear() throws Exception {
        JsonNode report = api("t-rep-d", "statistics", "");

        assertThat(report.get("rowCount").asLong()).isEqualTo(2);
        for (JsonNode row : report.get("rows")) {
            String person = row.get("name").asString().replace("测试", "");
            assertThat(row.get("department").asString()).isEqualTo("报表测试部");
            assertThat(row.get("newCustomers").asLong()).isEqualTo(takenOn(person, 2016));
            assertThat(row.get("newCustomersLastYear").asLong()).isEqualTo(takenOn(person, 2015));
            assertThat(row.get("orders").asLong()).isEqualTo(sales(person, 2016).size());
            assertThat(row.get("ordersLastYear").asLong()).isEqualTo(sales(person, 2015).size());
            BigDecimal revenue = sum(sales(person, 2016));
            BigDecimal before = sum(sales(person, 2015));
            assertThat(row.get("revenue").decimalValue()).isEqualByComparingTo(revenue);
            assertThat(row.get("revenueLastYear").decimalValue()).isEqualByComparingTo(before);
            if (before.signum() > 0) {
                assertThat(row.get("revenueChange").decimalValue()).isEqualByComparingTo(
                        revenue.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP));
            } else {
                assertThat(row.get("revenueChange").isNull()).isTrue();
            }
            List<Ticket> handled = TICKETS.stream().filter(t -> t.handler().equals(person) && t.resolvedIn(2016)).toList();
            List<Ticket> handledBefore = TICKETS.stream().filter(t -> t.handler().equals(person) && t.resolvedIn(2015)).toList();
            assertThat(row.get("tickets").asLong()).isEqualTo(handled.size());
            assertThat(row.get("ticketsLastYear").asLong()).isEqualTo(handledBefore.size());
            assertThat(row.get("satisfaction").decimalValue()).isEqualByComparingTo(mean(handled));
            assertThat(row.get("satisfactionLastYear").decimalValue()).isEqualByComparingTo(mean(handledBefore));
        }
        BigDecimal all = sum(ReportFixture.ORDERS.stream().filter(Order::isSaleIn2016).toList());
        assertThat(report.get("totals").get("revenue").decimalValue()).isEqualByComparingTo(all);

        JsonNode departments = api("t-rep-d", "statistics", "&dimension=department");
        assertThat(departments.get("rowCount").asLong()).isEqualTo(1);
        assertThat(departments.get("rows").get(0).get("name").asString()).isEqualTo("报表测试部");
        assertThat(departments.get("rows").get(0).get("revenue").decimalValue()).isEqualByComparingTo(all);
    }

    @Test
    void theAccountManagerSeesOnlyHimself() throws Exception {
        JsonNode statistics = api("t-rep-a", "statistics", "");
        assertThat(statistics.get("rowCount").asLong()).isEqualTo(1);
        assertThat(statistics.get("rows").get(0).get("name").asString()).isEqualTo("测试t-rep-a");
        assertThat(statistics.get("totals").get("revenue").decimalValue()).isEqualByComparingTo(sum(sales("t-rep-a", 2016)));

        JsonNode service = api("t-rep-b", "service", "");
        assertThat(service.get("totals").get("tickets").asLong())
                .isEqualTo(TICKETS.stream().filter(t -> t.openedIn(2016) && t.owner().equals("t-rep-b")).count());

        mvc.perform(get("/api/v1/reports/statistics?owner=" + fixture.users.get("t-rep-b"))
                .with(user(accounts.loadUserByUsername("t-rep-a")))).andExpect(status().isBadRequest());
    }

    @Test
    void badInputIsRefused() throws Exception {
        for (String query : List.of("service?dimension=nope", "service?from=2016-13-01", "statistics?dimension=customer",
                "statistics?from=2016-12-31&to=2016-01-01", "statistics?department=abc")) {
            mvc.perform(get("/api/v1/reports/" + query).with(user(accounts.loadUserByUsername("t-rep-d"))))
                    .andExpect(status().isBadRequest());
        }
    }

    @Test
    void theStatisticsCsvHasEveryPersonWithLastYear() throws Exception {
        byte[] body = mvc.perform(get("/reports/statistics/export?format=csv&from=2016-01-01&to=2016-12-31")
                        .with(user(accounts.loadUserByUsername("t-rep-d"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<CsvRecord> records;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .ofCsvRecord(new StringReader(new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
            records = reader.stream().toList();
        }
        assertThat(records.get(0).getFields()).startsWith("人员", "部门", "新增客户", "新增客户（去年同期）", "新增客户同比",
                "订单数", "订单数（去年同期）", "订单数同比", "净销售额", "净销售额（去年同期）");
        assertThat(records).hasSize(3);
        for (CsvRecord r : records.subList(1, records.size())) {
            String person = r.getField(0).replace("测试", "");
            assertThat(new BigDecimal(r.getField(8))).isEqualByComparingTo(sum(sales(person, 2016)));
            assertThat(new BigDecimal(r.getField(9))).isEqualByComparingTo(sum(sales(person, 2015)));
        }
    }

    private static long takenOn(String owner, int year) {
        int count = 0;
        for (int i = 0; i < TAKEN_ON.size(); i++) {
            if (ReportFixture.CUSTOMERS.get(i).owner().equals(owner) && TAKEN_ON.get(i).getYear() == year) {
                count++;
            }
        }
        return count;
    }

    private static List<Order> sales(String owner, int year) {
        Predicate<Order> owned = ReportFixture.ownedBy(owner);
        return ReportFixture.ORDERS.stream().filter(owned)
                .filter(o -> ReportFixture.SALES.contains(o.status()) && o.day().getYear() == year).toList();
    }

    private static BigDecimal sum(List<Order> orders) {
        return orders.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal mean(List<Ticket> tickets) {
        List<Integer> ratings = tickets.stream().map(Ticket::satisfaction).filter(Objects::nonNull).toList();
        return BigDecimal.valueOf(ratings.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private JsonNode api(String username, String report, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/reports/" + report + "?from=" + ReportFixture.FROM + "&to=" + ReportFixture.TO + query)
                        .with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}

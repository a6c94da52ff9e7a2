package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.analytics.SalesReadModel;
import org.kehu.analytics.report.ReportFixture.Order;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
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
 * Each report's figures over the API on the small data set of {@link ReportFixture}, as the account manager
 * {@code t-rep-a} (own scope) and his director sees them: the expected values are worked out here from the orders,
 * counting only confirmed-or-later orders of 2016.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReportFiguresTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SalesReadModel model;
    @Autowired
    Dictionary dictionary;

    private final JsonMapper json = JsonMapper.builder().build();
    private ReportFixture fixture;

    @BeforeEach
    void data() {
        fixture = ReportFixture.load(jdbc, model);
    }

    @Test
    void contributionRanksCustomersWithSharesAndTheParetoFigure() throws Exception {
        Map<Integer, BigDecimal> revenue = ReportFixture.revenueByCustomer(ReportFixture.ownedBy("t-rep-a"));
        BigDecimal total = revenue.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Integer> ranked = revenue.keySet().stream()
                .sorted(Comparator.comparing(revenue::get).reversed()).toList();
        int top = (int) Math.ceil(ranked.size() * 0.2);
        BigDecimal topRevenue = ranked.subList(0, top).stream().map(revenue::get).reduce(BigDecimal.ZERO, BigDecimal::add);

        JsonNode report = api("t-rep-a", "contribution", "");

        assertThat(report.get("rowCount").asLong()).isEqualTo(ranked.size());
        assertThat(money(report.get("totals").get("revenue"))).isEqualByComparingTo(total);
        assertThat(report.get("totals").get("customers").asLong()).isEqualTo(ranked.size());
        assertThat(report.get("totals").get("topCustomers").asLong()).isEqualTo(top);
        assertThat(money(report.get("totals").get("paretoShare"))).isEqualByComparingTo(percent(topRevenue, total));
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int i = 0; i < ranked.size(); i++) {
            JsonNode row = report.get("rows").get(i);
            int customer = ranked.get(i);
            cumulative = cumulative.add(revenue.get(customer));
            assertThat(row.get("rank").asLong()).isEqualTo(i + 1);
            assertThat(row.get("code").asString()).isEqualTo(ReportFixture.CUSTOMERS.get(customer).code());
            assertThat(money(row.get("revenue"))).isEqualByComparingTo(revenue.get(customer));
            assertThat(money(row.get("share"))).isEqualByComparingTo(percent(revenue.get(customer), total));
            assertThat(money(row.get("cumulativeShare"))).isEqualByComparingTo(percent(cumulative, total));
        }
        assertThat(report.get("netOfReturns").asBoolean()).isTrue();
    }

    @Test
    void contributionFiltersByProvinceGradeAndCategory() throws Exception {
        long category = fixture.categoryIds.get(1);
        BigDecimal inCategory = ReportFixture.ORDERS.stream().filter(Order::isSaleIn2016)
                .filter(ReportFixture.ownedBy("t-rep-a"))
                .flatMap(o -> o.lines().stream().filter(l -> l.category() == 1)).map(l -> new BigDecimal(l.amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(money(api("t-rep-a", "contribution", "&category=" + category).get("totals").get("revenue")))
                .isEqualByComparingTo(inCategory);

        Predicate<Order> hubei = o -> ReportFixture.CUSTOMERS.get(o.customer()).province().equals("420000");
        BigDecimal inHubei = ReportFixture.revenueByCustomer(hubei.and(ReportFixture.ownedBy("t-rep-a"))).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(money(api("t-rep-a", "contribution", "&region=420000").get("totals").get("revenue")))
                .isEqualByComparingTo(inHubei);

        Predicate<Order> key = o -> ReportFixture.CUSTOMERS.get(o.customer()).grade().equals("KEY");
        assertThat(api("t-rep-a", "contribution", "&grade=KEY").get("rowCount").asLong())
                .isEqualTo(ReportFixture.revenueByCustomer(key.and(ReportFixture.ownedBy("t-rep-a"))).size());
    }

    @Test
    void theDirectorSeesHisDepartmentAndFiltersOneOwner() throws Exception {
        Map<Integer, BigDecimal> all = ReportFixture.revenueByCustomer(o -> true);
        JsonNode department = api("t-rep-d", "contribution", "&department=" + fixture.department);
        assertThat(department.get("rowCount").asLong()).isEqualTo(all.size());
        assertThat(money(department.get("totals").get("revenue")))
                .isEqualByComparingTo(all.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));

        JsonNode b = api("t-rep-d", "contribution", "&owner=" + fixture.users.get("t-rep-b"));
        assertThat(money(b.get("totals").get("revenue"))).isEqualByComparingTo(ReportFixture.revenueByCustomer(
                ReportFixture.ownedBy("t-rep-b")).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aManagerSeesOnlyHisOwnCustomersFigures() throws Exception {
        JsonNode b = api("t-rep-b", "contribution", "");
        assertThat(b.get("rowCount").asLong()).isEqualTo(1);
        assertThat(b.get("rows").get(0).get("code").asString()).isEqualTo("KHREP06");
        JsonNode composition = api("t-rep-b", "composition", "&dimension=grade");
        assertThat(composition.get("totals").get("customers").asLong()).isEqualTo(1);
        JsonNode transactions = api("t-rep-b", "transactions", "&dimension=region");
        assertThat(transactions.get("rowCount").asLong()).isEqualTo(1);
        JsonNode power = api("t-rep-b", "purchasing-power", "");
        assertThat(power.get("rows").get(0).get("code").asString()).isEqualTo("KHREP06");

        String page = mvc.perform(get("/reports/contribution?from=2016-01-01&to=2016-12-31")
                        .with(user(accounts.loadUserByUsername("t-rep-b"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("KHREP06").doesNotContain("KHREP01").contains("已扣除退货");
        // Another manager's owner id is not a value he may filter by.
        mvc.perform(get("/api/v1/reports/contribution?owner=" + fixture.users.get("t-rep-a"))
                .with(user(accounts.loadUserByUsername("t-rep-b")))).andExpect(status().isBadRequest());
    }

    @Test
    void compositionCountsTheCustomersByEachDimension() throws Exception {
        Map<String, Long> byGrade = ReportFixture.CUSTOMERS.stream().filter(c -> c.owner().equals("t-rep-a"))
                .collect(Collectors.groupingBy(c -> dictionary.entry(DictionaryType.CUSTOMER_GRADE, c.grade()).orElseThrow().labelZh(),
                        TreeMap::new, Collectors.counting()));
        JsonNode report = api("t-rep-a", "composition", "&dimension=grade");
        Map<String, Long> shown = new TreeMap<>();
        report.get("rows").forEach(r -> shown.put(r.get("value").asString(), r.get("customers").asLong()));
        assertThat(shown).isEqualTo(byGrade);
        long total = byGrade.values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.get("totals").get("customers").asLong()).isEqualTo(total);
        report.get("rows").forEach(r -> assertThat(money(r.get("share")))
                .isEqualByComparingTo(percent(BigDecimal.valueOf(r.get("customers").asLong()), BigDecimal.valueOf(total))));

        Map<String, Long> byRegion = ReportFixture.CUSTOMERS.stream().filter(c -> c.owner().equals("t-rep-a"))
                .collect(Collectors.groupingBy(c -> dictionary.region(c.province()).orElseThrow().nameZh(), TreeMap::new, Collectors.counting()));
        Map<String, Long> regions = new TreeMap<>();
        api("t-rep-a", "composition", "&dimension=region").get("rows")
                .forEach(r -> regions.put(r.get("value").asString(), r.get("customers").asLong()));
        assertThat(regions).isEqualTo(byRegion);
    }

    @Test
    void transactionsSplitTheSalesByCategoryMonthByMonth() throws Exception {
        Map<Integer, Map<YearMonth, BigDecimal>> expected = new TreeMap<>();
        ReportFixture.ORDERS.stream().filter(Order::isSaleIn2016).filter(ReportFixture.ownedBy("t-rep-a"))
                .forEach(o -> o.lines().forEach(l -> expected.computeIfAbsent(l.category(), k -> new TreeMap<>())
                        .merge(YearMonth.from(o.day()), new BigDecimal(l.amount()), BigDecimal::add)));
        JsonNode report = api("t-rep-a", "transactions", "&dimension=category");
        assertThat(report.get("columns").size()).isEqualTo(1 + 12 + 2);
        assertThat(report.get("rowCount").asLong()).isEqualTo(expected.size());
        for (JsonNode row : report.get("rows")) {
            int category = row.get("value").asString().endsWith("0") ? 0 : 1;
            Map<YearMonth, BigDecimal> months = expected.get(category);
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(2016, m);
                assertThat(money(row.get(month.toString()))).as("%s %s", category, month)
                        .isEqualByComparingTo(months.getOrDefault(month, BigDecimal.ZERO));
            }
            assertThat(money(row.get("total"))).isEqualByComparingTo(
                    months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        JsonNode byRegion = api("t-rep-a", "transactions", "&dimension=region");
        BigDecimal hubei = ReportFixture.revenueByCustomer(ReportFixture.ownedBy("t-rep-a")
                .and(o -> ReportFixture.CUSTOMERS.get(o.customer()).province().equals("420000"))).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode hubeiRow = null;
        for (JsonNode row : byRegion.get("rows")) {
            if (row.get("value").asString().equals(dictionary.region("420000").orElseThrow().nameZh())) {
                hubeiRow = row;
            }
        }
        assertThat(hubeiRow).isNotNull();
        assertThat(money(hubeiRow.get("total"))).isEqualByComparingTo(hubei);
    }

    @Test
    void purchasingPowerGivesAverageOrderValueFrequencyAndTheirTrend() throws Exception {
        LocalDate middle = LocalDate.of(2016, 7, 2); // 366 days in 2016: 183 in each half
        Map<Integer, List<Order>> byCustomer = new LinkedHashMap<>();
        ReportFixture.ORDERS.stream().filter(Order::isSaleIn2016).filter(ReportFixture.ownedBy("t-rep-a"))
                .forEach(o -> byCustomer.computeIfAbsent(o.customer(), k -> new ArrayList<>()).add(o));
        JsonNode report = api("t-rep-a", "purchasing-power", "");
        assertThat(report.get("rowCount").asLong()).isEqualTo(byCustomer.size());
        long orders = byCustomer.values().stream().mapToLong(List::size).sum();
        assertThat(report.get("totals").get("orders").asLong()).isEqualTo(orders);
        for (JsonNode row : report.get("rows")) {
            int customer = ReportFixture.CUSTOMERS.stream().map(ReportFixture.Customer::code).toList()
                    .indexOf(row.get("code").asString());
            List<Order> mine = byCustomer.get(customer);
            BigDecimal revenue = mine.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(row.get("orders").asLong()).isEqualTo(mine.size());
            assertThat(money(row.get("averageOrderValue")))
                    .isEqualByComparingTo(revenue.divide(BigDecimal.valueOf(mine.size()), 2, RoundingMode.HALF_UP));
            assertThat(money(row.get("ordersPerMonth")))
                    .isEqualByComparingTo(BigDecimal.valueOf(mine.size()).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP));
            List<Order> first = mine.stream().filter(o -> o.day().isBefore(middle)).toList();
            List<Order> second = mine.stream().filter(o -> !o.day().isBefore(middle)).toList();
            assertThat(row.get("ordersFirstHalf").asLong()).isEqualTo(first.size());
            assertThat(row.get("ordersSecondHalf").asLong()).isEqualTo(second.size());
            if (!first.isEmpty() && !second.isEmpty()) {
                BigDecimal aov1 = average(first);
                BigDecimal aov2 = average(second);
                assertThat(money(row.get("averageOrderValueTrend"))).isEqualByComparingTo(percent(aov2.subtract(aov1), aov1));
            } else {
                assertThat(row.get("averageOrderValueTrend").isNull()).isTrue();
            }
        }
    }

    private static BigDecimal average(List<Order> orders) {
        return orders.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(orders.size()), 2, RoundingMode.HALF_UP);
    }

    private JsonNode api(String username, String report, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/reports/" + report + "?from=" + ReportFixture.FROM + "&to=" + ReportFixture.TO + query)
                        .with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static BigDecimal money(JsonNode node) {
        return node.decimalValue();
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}

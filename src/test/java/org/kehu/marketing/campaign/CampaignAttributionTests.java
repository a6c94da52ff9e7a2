package org.kehu.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign's revenue is what its responding customers bought (sales, not cancelled or pending orders) from the day
 * of their first response to the attribution window's days after it, and its ROI is (revenue − cost) / cost. The
 * expectations are worked out here from the orders the test inserts (in 2019, when the demo has none), not read from
 * the database's view. The channel analysis adds the campaigns of each channel up and leaves cancelled ones out.
 * Everything runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CampaignAttributionTests {

    private static final Set<String> SALES = Set.of("CONFIRMED", "IN_PRODUCTION", "SHIPPED", "DELIVERED", "COMPLETED");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    record Order(long customer, LocalDate day, String amount, String status) {
    }

    private long customerA;
    private long customerB;
    private final List<Order> orders = new ArrayList<>();

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @BeforeEach
    void orders() {
        // Two demo customers past the first ids, without orders in 2019 (the demo's orders are recent).
        List<Long> customers = jdbc.sql("""
                select c.id from customer c where c.id > 127 and not exists (select 1 from sales_order o
                 where o.customer_id = c.id and o.order_date < date '2020-06-01') order by c.id desc limit 2""")
                .query(Long.class).list();
        customerA = customers.get(0);
        customerB = customers.get(1);
        orders.addAll(List.of(
                new Order(customerA, LocalDate.of(2019, 3, 5), "300.00", "COMPLETED"),     // before the response
                new Order(customerA, LocalDate.of(2019, 3, 12), "1000.00", "COMPLETED"),
                new Order(customerA, LocalDate.of(2019, 3, 15), "400.00", "CANCELLED"),
                new Order(customerA, LocalDate.of(2019, 3, 30), "250.50", "SHIPPED"),
                new Order(customerA, LocalDate.of(2019, 4, 20), "999.00", "COMPLETED"),    // 41 days on
                new Order(customerB, LocalDate.of(2019, 3, 21), "2000.00", "CONFIRMED"),
                new Order(customerB, LocalDate.of(2019, 3, 22), "700.00", "PENDING"),
                new Order(customerB, LocalDate.of(2019, 4, 19), "100.00", "DELIVERED"),    // 30 days on
                new Order(customerB, LocalDate.of(2019, 4, 20), "50.00", "COMPLETED")));   // 31 days on
        long warehouse = jdbc.sql("select min(id) from warehouse").query(Long.class).single();
        long owner = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        int n = 0;
        for (Order o : orders) {
            jdbc.sql("""
                    insert into sales_order(number, customer_id, owner_id, order_date, warehouse_id, status, total, created_by)
                    values (:number, :customer, :owner, :day, :warehouse, :status, :total, :owner)""")
                    .param("number", "TCAMP" + (++n)).param("customer", o.customer()).param("owner", owner)
                    .param("day", o.day()).param("warehouse", warehouse).param("status", o.status())
                    .param("total", new BigDecimal(o.amount())).update();
        }
    }

    /** The revenue by the rule, from the orders above and the first response day of each customer. */
    private BigDecimal expectedRevenue(Map<Long, LocalDate> firstResponse, int days) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Order o : orders) {
            LocalDate first = firstResponse.get(o.customer());
            if (first != null && SALES.contains(o.status()) && !o.day().isBefore(first) && !o.day().isAfter(first.plusDays(days))) {
                sum = sum.add(new BigDecimal(o.amount()));
            }
        }
        return sum;
    }

    private long createCampaign(String name, String channel, LocalDate starts) throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "channel": "%s", "budget": 5000, "startsOn": "%s", "endsOn": "%s"}"""
                                .formatted(name, channel, starts, starts.plusDays(20))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private void cost(long campaign, String amount) throws Exception {
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/costs").with(as("marketing")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"spentOn\": \"2019-03-01\", \"item\": \"展位费\", \"amount\": " + amount + "}"))
                .andExpect(status().isCreated());
    }

    private void respond(long campaign, long customer, LocalDate day) throws Exception {
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/responses").with(as("marketing")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": " + customer + ", \"respondedOn\": \"" + day + "\", \"note\": \"来电咨询\"}"))
                .andExpect(status().isCreated());
    }

    private JsonNode report(long campaign) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/campaigns/" + campaign + "/report").with(as("marketing")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void revenueCountsTheRespondersSalesWithinTheWindowAfterTheirFirstResponseAndRoiIsTheReturnOnCost() throws Exception {
        long campaign = createCampaign("测试春季邮件", "EMAIL", LocalDate.of(2019, 3, 1));
        cost(campaign, "1200");
        cost(campaign, "300.25");
        respond(campaign, customerA, LocalDate.of(2019, 3, 10));
        respond(campaign, customerB, LocalDate.of(2019, 3, 20));
        respond(campaign, customerB, LocalDate.of(2019, 3, 25)); // a second response: the window runs from the first

        int days = jdbc.sql("select attribution_days from campaign_setting").query(Integer.class).single();
        BigDecimal revenue = expectedRevenue(Map.of(customerA, LocalDate.of(2019, 3, 10), customerB, LocalDate.of(2019, 3, 20)), days);
        BigDecimal cost = new BigDecimal("1500.25");
        JsonNode report = report(campaign);

        assertThat(days).isEqualTo(30);
        assertThat(revenue).isEqualByComparingTo("3350.50"); // the rule worked out by hand, as a check on the check
        assertThat(report.get("revenue").decimalValue()).isEqualByComparingTo(revenue);
        assertThat(report.get("cost").decimalValue()).isEqualByComparingTo(cost);
        assertThat(report.get("responses").asLong()).isEqualTo(3);
        assertThat(report.get("respondingCustomers").asLong()).isEqualTo(2);
        assertThat(report.get("roi").decimalValue())
                .isEqualByComparingTo(revenue.subtract(cost).divide(cost, 4, RoundingMode.HALF_UP));
        assertThat(report.get("sent").isNull()).isTrue();
    }

    @Test
    void aShorterWindowSetByMarketingLeavesTheLaterOrdersOut() throws Exception {
        long campaign = createCampaign("测试窗口", "PHONE", LocalDate.of(2019, 3, 1));
        cost(campaign, "800");
        respond(campaign, customerA, LocalDate.of(2019, 3, 10));
        respond(campaign, customerB, LocalDate.of(2019, 3, 20));
        long version = jdbc.sql("select version from campaign_setting").query(Long.class).single();
        mvc.perform(post("/marketing/campaigns/settings").with(as("marketing")).with(csrf())
                .param("attributionDays", "10").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        BigDecimal revenue = expectedRevenue(Map.of(customerA, LocalDate.of(2019, 3, 10), customerB, LocalDate.of(2019, 3, 20)), 10);
        assertThat(revenue).isEqualByComparingTo("3000.00");
        assertThat(report(campaign).get("revenue").decimalValue()).isEqualByComparingTo(revenue);
        assertThat(report(campaign).get("attributionDays").asInt()).isEqualTo(10);

        mvc.perform(post("/marketing/campaigns/settings").with(as("marketing")).with(csrf())
                .param("attributionDays", "400").param("version", String.valueOf(version + 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select attribution_days from campaign_setting").query(Integer.class).single()).isEqualTo(10);
    }

    @Test
    void theChannelAnalysisAddsUpEachChannelsCampaignsAndLeavesCancelledOnesOut() throws Exception {
        long email = createCampaign("测试渠道邮件", "EMAIL", LocalDate.of(2019, 3, 1));
        cost(email, "1000");
        respond(email, customerA, LocalDate.of(2019, 3, 10));
        long event = createCampaign("测试渠道展会", "EVENT", LocalDate.of(2019, 3, 2));
        cost(event, "5000");
        respond(event, customerB, LocalDate.of(2019, 3, 20));
        long cancelled = createCampaign("测试渠道取消", "PHONE", LocalDate.of(2019, 3, 3));
        cost(cancelled, "700");
        respond(cancelled, customerA, LocalDate.of(2019, 3, 10));
        mvc.perform(post("/api/v1/campaigns/" + cancelled + "/status").with(as("marketing")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CANCELLED\", \"version\": 0}"))
                .andExpect(status().isOk());

        JsonNode answer = json.readTree(mvc.perform(get("/api/v1/reports/channels?from=2019-03-01&to=2019-03-31").with(as("marketing")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Map<String, JsonNode> rows = new HashMap<>();
        answer.get("rows").forEach(r -> rows.put(r.get("channel").asString(), r));

        BigDecimal emailRevenue = expectedRevenue(Map.of(customerA, LocalDate.of(2019, 3, 10)), 30);
        BigDecimal eventRevenue = expectedRevenue(Map.of(customerB, LocalDate.of(2019, 3, 20)), 30);
        JsonNode emailRow = rows.get("电子邮件");
        assertThat(emailRow.get("campaigns").asLong()).isEqualTo(1);
        assertThat(emailRow.get("cost").decimalValue()).isEqualByComparingTo("1000");
        assertThat(emailRow.get("revenue").decimalValue()).isEqualByComparingTo(emailRevenue);
        assertThat(emailRow.get("roi").decimalValue()).isEqualByComparingTo(
                emailRevenue.subtract(new BigDecimal("1000")).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("1000"), 2, RoundingMode.HALF_UP));
        JsonNode eventRow = rows.get("会议或展会");
        assertThat(eventRow.get("responses").asLong()).isEqualTo(1);
        assertThat(eventRow.get("revenue").decimalValue()).isEqualByComparingTo(eventRevenue);
        assertThat(rows.get("电话").get("campaigns").asLong()).isZero();
        assertThat(answer.get("totals").get("cost").decimalValue()).isEqualByComparingTo("6000");
        assertThat(answer.get("totals").get("revenue").decimalValue()).isEqualByComparingTo(emailRevenue.add(eventRevenue));

        // An account manager reads reports within their own scope: marketing's campaigns are not theirs.
        JsonNode managers = json.readTree(mvc.perform(get("/api/v1/reports/channels?from=2019-03-01&to=2019-03-31").with(as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(managers.get("totals").get("campaigns").asLong()).isZero();

        mvc.perform(get("/reports/channels?from=2019-03-01&to=2019-03-31").with(as("marketing"))).andExpect(status().isOk());
        mvc.perform(get("/reports/channels/print?from=2019-03-01&to=2019-03-31").with(as("marketing"))).andExpect(status().isOk());
        String csv = mvc.perform(get("/reports/channels/export?format=csv&from=2019-03-01&to=2019-03-31").with(as("marketing")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("渠道").contains("电子邮件").contains("会议或展会");
    }
}

package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RFM report's remembered groups (V490): the executive's report follows every committed change of the purchase
 * days at once, a report over unchanged purchase days ranks nothing again, and the change count never makes one
 * order transaction wait for another. Not transactional: what is remembered is what was committed; the purchase days
 * written here (in 2003, where the demo data has none) are removed afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RememberedRfmGroupsTests {

    private static final LocalDate FROM = LocalDate.of(2003, 1, 1);
    private static final LocalDate TO = LocalDate.of(2003, 12, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RememberedRfmGroups remembered;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void removePurchases() {
        jdbc.sql("delete from analytics_purchase_day where day between :from and :to").param("from", FROM).param("to", TO).update();
    }

    @Test
    void theExecutivesReportFollowsEachCommittedPurchaseAtOnce() throws Exception {
        List<Long> customers = jdbc.sql("select id from customer order by id desc limit 3").query(Long.class).list();
        assertThat(customers.get(2)).isGreaterThan(127);
        buy(customers.get(0), "2003-03-01", "1000");
        buy(customers.get(1), "2003-05-01", "250");
        JsonNode before = report();
        assertThat(before.get("totals").get("customers").asLong()).isEqualTo(2);
        assertThat(before.get("totals").get("revenue").decimalValue()).isEqualByComparingTo("1250");

        buy(customers.get(2), "2003-11-20", "40");
        JsonNode after = report();
        assertThat(after.get("totals").get("customers").asLong()).isEqualTo(3);
        assertThat(after.get("totals").get("revenue").decimalValue()).isEqualByComparingTo("1290");

        // An order taken back (its purchase day removed) leaves the report as well.
        jdbc.sql("delete from analytics_purchase_day where customer_id = :c and day = :d").param("c", customers.get(0))
                .param("d", LocalDate.parse("2003-03-01")).update();
        JsonNode taken = report();
        assertThat(taken.get("totals").get("customers").asLong()).isEqualTo(2);
        assertThat(taken.get("totals").get("revenue").decimalValue()).isEqualByComparingTo("290");
    }

    @Test
    void unchangedPurchaseDaysAreNotRankedAgainAndAChangeIsRankedAfresh() {
        AtomicInteger ranked = new AtomicInteger();
        LocalDate end = TO.plusDays(1);
        List<String> first = remembered.groups(FROM, end, () -> List.of("ranking " + ranked.incrementAndGet()));
        List<String> second = remembered.groups(FROM, end, () -> List.of("ranking " + ranked.incrementAndGet()));
        assertThat(second).isEqualTo(first);
        assertThat(ranked).hasValue(1);

        long customer = jdbc.sql("select max(id) from customer").query(Long.class).single();
        buy(customer, "2003-06-06", "10");
        List<String> third = remembered.groups(FROM, end, () -> List.of("ranking " + ranked.incrementAndGet()));
        assertThat(third).containsExactly("ranking 2");
    }

    @Test
    void aTransactionThatWroteNeitherTakesNorLeavesAnAnswer() {
        AtomicInteger ranked = new AtomicInteger();
        LocalDate end = TO.plusDays(1);
        remembered.groups(FROM, end, () -> List.of("committed"));
        long customer = jdbc.sql("select max(id) from customer").query(Long.class).single();
        transactions.executeWithoutResult(tx -> {
            buy(customer, "2003-07-07", "70");
            assertThat(remembered.groups(FROM, end, () -> List.of("own " + ranked.incrementAndGet()))).containsExactly("own 1");
            tx.setRollbackOnly();
        });
        assertThat(remembered.groups(FROM, end, () -> List.of("afresh"))).containsExactly("committed");
    }

    /** A long order import holds a slot of the count until it commits; an order saved meanwhile does not wait for it. */
    @Test
    void anOrderSavedDuringAnUncommittedImportDoesNotWaitForIt() throws Exception {
        List<Long> customers = jdbc.sql("select id from customer order by id desc limit 2").query(Long.class).list();
        long before = remembered.committedChanges();
        try (Connection importing = dataSource.getConnection(); Connection typing = dataSource.getConnection()) {
            importing.setAutoCommit(false);
            insert(importing, customers.get(0), "2003-08-08");
            typing.setAutoCommit(false);
            try (Statement st = typing.createStatement()) {
                st.execute("set local lock_timeout = '2s'");
            }
            insert(typing, customers.get(1), "2003-08-09");
            typing.commit();
            assertThat(remembered.committedChanges()).isEqualTo(before + 1);
            importing.commit();
        }
        assertThat(remembered.committedChanges()).isEqualTo(before + 2);
    }

    private static void insert(Connection c, long customer, String day) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into analytics_purchase_day(customer_id, day, amount, order_count) values (?, ?, 5, 1)")) {
            ps.setLong(1, customer);
            ps.setObject(2, LocalDate.parse(day));
            ps.executeUpdate();
        }
    }

    private void buy(long customer, String day, String amount) {
        jdbc.sql("insert into analytics_purchase_day(customer_id, day, amount, order_count) values (:c, :d, :a, 1)")
                .param("c", customer).param("d", LocalDate.parse(day)).param("a", new java.math.BigDecimal(amount)).update();
    }

    private JsonNode report() throws Exception {
        String body = mvc.perform(get("/api/v1/reports/rfm?from=" + FROM + "&to=" + TO)
                .with(user(accounts.loadUserByUsername("executive")))).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}

package org.kehu.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.kehu.churn.internal.ChurnScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
@Transactional
class ChurnScanTests extends ChurnTestSupport {

    /**
     * Customers other test classes left committed (order history imports run as background jobs) are due a warning
     * of their own: a first scan takes them, so the counts below are this test's customers.
     */
    @org.junit.jupiter.api.BeforeEach
    void flagWhatIsAlreadyDue() {
        scan.run();
    }

    @Test
    void flagsExactlyTheCustomersWhoseLastSaleIsOlderThanTheSixMonthsAndOnlyThem() {
        long lapsed = customer("久未下单", "manager");
        order(lapsed, today().minusMonths(8), "COMPLETED");
        long recent = customer("近期下单", "manager");
        order(recent, today().minusMonths(8), "COMPLETED");
        order(recent, today().minusMonths(2), "CONFIRMED");
        // Pending and cancelled orders are not sales: the customer has not bought for eight months.
        long onlyPending = customer("只有待确认订单", "manager2");
        order(onlyPending, today().minusMonths(8), "DELIVERED");
        order(onlyPending, today().minusDays(10), "PENDING");
        order(onlyPending, today().minusDays(20), "CANCELLED");
        long justInside = customer("刚好六个月内", "manager");
        order(justInside, today().minusMonths(6), "COMPLETED");
        long never = customer("从未下单", "manager");
        long lost = customer("已流失", "manager");
        order(lost, today().minusMonths(9), "COMPLETED");
        jdbc.sql("update customer set status = 'LOST' where id = :id").param("id", lost).update();

        ChurnScan.Result result = scan.run();

        assertThat(result.flagged()).isEqualTo(2);
        assertThat(warningState(lapsed)).isEqualTo("PENDING");
        assertThat(warningState(onlyPending)).isEqualTo("PENDING");
        assertThat(List.of(recent, justInside, never, lost)).allSatisfy(c -> assertThat(warningState(c)).isNull());
        assertThat(customerStatus(lapsed)).isEqualTo("CHURN_WARNING");
        assertThat(customerStatus(recent)).isEqualTo("ACTIVE");
        assertThat(customerStatus(lost)).isEqualTo("LOST");
        // Over all customers, demo ones included: the open warnings are the customers the orders say are past the period.
        List<Long> expected = jdbc.sql("""
                select o.customer_id from sales_order o join customer c on c.id = o.customer_id
                 where o.status in ('CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED')
                 group by o.customer_id, c.status having max(o.order_date) < :cutoff and (c.status <> 'LOST'
                     or exists (select 1 from churn_warning w where w.customer_id = o.customer_id and w.state = 'CONFIRMED'))
                 order by 1""").param("cutoff", today().minusMonths(6)).query(Long.class).list();
        List<Long> warned = jdbc.sql("select customer_id from churn_warning where state <> 'CLEARED' order by 1")
                .query(Long.class).list();
        assertThat(warned).isEqualTo(expected).contains(lapsed, onlyPending);
        assertThat(lapsed).isGreaterThan(127);
    }

    @Test
    void aSecondRunFlagsNobodyTwice() {
        long lapsed = customer("久未下单", "manager");
        order(lapsed, today().minusMonths(7), "COMPLETED");

        assertThat(scan.run().flagged()).isEqualTo(1);
        assertThat(scan.run().flagged()).isZero();

        assertThat(jdbc.sql("select count(*) from churn_warning where customer_id = :id").param("id", lapsed)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(actions(lapsed, "FLAGGED")).isEqualTo(1);
    }

    @Test
    void eachOwnerIsToldOnceWithTheNumberOfTheirCustomersWarned() {
        long managerId = userId("manager");
        long manager2Id = userId("manager2");
        for (int i = 0; i < 3; i++) {
            order(customer("客户甲" + i, "manager"), today().minusMonths(10), "COMPLETED");
        }
        order(customer("客户乙", "manager2"), today().minusMonths(10), "COMPLETED");
        long before = jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();

        scan.run();

        List<String> toManager = jdbc.sql("""
                select args[1] from notification where id > :before and recipient_id = :u and message_key = 'churn.notify.flagged'""")
                .param("before", before).param("u", managerId).query(String.class).list();
        List<String> toManager2 = jdbc.sql("""
                select args[1] from notification where id > :before and recipient_id = :u and message_key = 'churn.notify.flagged'""")
                .param("before", before).param("u", manager2Id).query(String.class).list();
        assertThat(toManager).containsExactly("3");
        assertThat(toManager2).containsExactly("1");
    }

    @Test
    void aLongerPeriodInTheSettingsLeavesCustomersOfEightMonthsAlone() {
        jdbc.sql("update churn_setting set inactivity_months = 12").update();
        long eightMonths = customer("八个月", "manager");
        order(eightMonths, today().minusMonths(8), "COMPLETED");
        long thirteen = customer("十三个月", "manager");
        order(thirteen, today().minusMonths(13), "COMPLETED");

        scan.run();

        assertThat(warningState(eightMonths)).isNull();
        assertThat(warningState(thirteen)).isEqualTo("PENDING");
    }
}

package org.kehu.order.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class OrderDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    private long number(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void twoYearsOfOrdersMostlyCompletedWithEveryStateOccurring() {
        assertThat(number("select count(*) from sales_order where order_date > current_date - interval '25 months'"))
                .isGreaterThanOrEqualTo(6000);
        assertThat(number("select count(*) from sales_order where status = 'COMPLETED'") * 100
                / number("select count(*) from sales_order")).isGreaterThan(75);
        assertThat(number("select count(distinct status) from sales_order")).isEqualTo(7);
        assertThat(number("select count(*) from sales_order o where not exists (select 1 from sales_order_line l where l.order_id = o.id)")).isZero();
        assertThat(number("select count(*) from sales_order o where total <> (select sum(amount) from sales_order_line l where l.order_id = o.id)")).isZero();
    }

    @Test
    void ordersGrowYearOnYearDipAtTheNewYearAndPeakInTheFourthQuarter() {
        long lastYear = number("select count(*) from sales_order where order_date > current_date - interval '1 year'");
        long yearBefore = number("select count(*) from sales_order where order_date <= current_date - interval '1 year'"
                + " and order_date > current_date - interval '2 years'");
        assertThat(lastYear).isGreaterThan(yearBefore * 11 / 10);
        long february = number("select count(*) from sales_order where extract(month from order_date) = 2");
        long november = number("select count(*) from sales_order where extract(month from order_date) = 10");
        assertThat(february * 2).isLessThan(november);
    }

    @Test
    void someCustomersHaveNotOrderedForMoreThanSixMonths() {
        assertThat(number("""
                select count(*) from (select customer_id from sales_order group by customer_id
                 having max(order_date) < current_date - interval '6 months') x""")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void noDemoOrderPredatesItsCustomerAndOpenConfirmedOrdersHoldTheirStock() {
        assertThat(number("""
                select count(*) from sales_order o join customer c on c.id = o.customer_id
                 where o.order_date < (c.created_at at time zone 'Asia/Shanghai')::date and not o.imported""")).isZero();
        assertThat(number("""
                select count(*) from sales_order o where o.status in ('CONFIRMED', 'IN_PRODUCTION')
                 and not exists (select 1 from stock_movement m where m.reference = o.number and m.kind = 'RESERVE')""")).isZero();
        assertThat(number("select count(*) from sales_order where status in ('CONFIRMED', 'IN_PRODUCTION')")).isPositive();
    }

    @Test
    void noOrderStepOrTrackingEventLiesInTheFutureAndGoodsLeaveOnlyOnceShipped() {
        assertThat(number("select count(*) from sales_order_status_change where at > now()")).isZero();
        assertThat(number("select count(*) from sales_order_tracking where occurred_at > now()")).isZero();
        assertThat(number("select count(*) from sales_order_tracking")).as("tracked orders").isGreaterThan(100);
        assertThat(number("""
                select count(*) from sales_order_tracking t
                  join sales_order_status_change c on c.order_id = t.order_id and c.to_status = 'SHIPPED'
                 where t.occurred_at < c.at""")).as("tracking before the shipping step").isZero();
        assertThat(number("""
                select count(*) from sales_order_tracking t
                  join sales_order_status_change c on c.order_id = t.order_id and c.to_status = 'DELIVERED'
                 where t.occurred_at > c.at""")).as("tracking after the delivery step").isZero();
        assertThat(number("""
                select count(*) from sales_order_tracking t
                 where not exists (select 1 from sales_order_status_change c where c.order_id = t.order_id and c.to_status = 'SHIPPED')""")).isZero();
    }

    @Test
    void followUpVisitsNameOnlyTicketsThatExistForTheirCustomer() {
        assertThat(number("select count(*) from follow_up where ticket_number is not null")).isPositive();
        assertThat(number("""
                select count(*) from follow_up f
                 where f.ticket_number is not null
                   and not exists (select 1 from ticket t where t.number = f.ticket_number and t.customer_id = f.customer_id)""")).isZero();
    }
}

package org.kehu.churn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kehu.analytics.SalesReadModel;
import org.kehu.shared.BusinessTime;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The nightly scan as the schedule runs it: through its proxy, under ShedLock's lock, which it holds for ten
 * minutes at least so that a second node's run in that time does nothing.
 */
@SpringBootTest(properties = {"kehu.scheduling.enabled=true", "kehu.churn.cron=-"})
@DirtiesContext
class ChurnScheduleTests {

    @Autowired
    ChurnSchedule schedule;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SalesReadModel readModel;

    @Test
    void theDailyScanRunsThroughItsProxyUnderItsLockAndASecondNodeDoesNothing() {
        assertThat(AopUtils.isAopProxy(schedule)).isTrue();
        // ScheduledJobsTests runs every job through ShedLock too, and this one holds its lock ten minutes at least.
        jdbc.sql("delete from shedlock where name = 'churn.daily-scan'").update();
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        long customer = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, status, created_by)
                values ('KHCH-SCHED', '定时任务客户', 'dsrwkh', :o, 'ACTIVE', :o) returning id""").param("o", manager)
                .query(Long.class).single();
        jdbc.sql("""
                insert into sales_order(number, customer_id, owner_id, order_date, warehouse_id, status, total, imported)
                values ('TSCHED-1', :c, :o, :day, (select min(id) from warehouse), 'COMPLETED', 100, true)""")
                .param("c", customer).param("o", manager).param("day", LocalDate.now(BusinessTime.ZONE).minusMonths(8)).update();
        jdbc.sql("""
                insert into sales_order_line(order_id, line_no, product_id, product_code, product_name, quantity, unit_price, amount, imported)
                select o.id, 1, p.id, p.code, p.name, 1, 100, 100, true from sales_order o, (select * from product order by id limit 1) p
                 where o.number = :n""").param("n", "TSCHED-1").update();
        readModel.rebuild(LocalDate.now(BusinessTime.ZONE).minusMonths(8), LocalDate.now(BusinessTime.ZONE).minusMonths(8));

        schedule.run();

        assertThat(jdbc.sql("select state from churn_warning where customer_id = :c").param("c", customer)
                .query(String.class).single()).isEqualTo("PENDING");
        var lock = jdbc.sql("select locked_at, lock_until from shedlock where name = 'churn.daily-scan'")
                .query((rs, n) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)}).single();
        assertThat(Duration.between(lock[0].toInstant(), lock[1].toInstant())).isGreaterThanOrEqualTo(Duration.ofMinutes(10));

        // Another node (or a second firing) within the lock: skipped, so nothing is flagged twice and no one told twice.
        jdbc.sql("delete from churn_warning where customer_id = :c").param("c", customer).update();
        schedule.run();
        assertThat(jdbc.sql("select count(*) from churn_warning where customer_id = :c").param("c", customer)
                .query(Long.class).single()).isZero();
        jdbc.sql("delete from sales_order where number = 'TSCHED-1'").update();
        readModel.rebuild(LocalDate.now(BusinessTime.ZONE).minusMonths(8), LocalDate.now(BusinessTime.ZONE).minusMonths(8));
        jdbc.sql("delete from customer where id = :c").param("c", customer).update();
    }
}

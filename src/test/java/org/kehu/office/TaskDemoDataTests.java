package org.kehu.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo tasks look like a sales team's weeks: the past mostly done, the future open, some overdue. */
@SpringBootTest
class TaskDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String where) {
        return jdbc.sql("select count(*) from task t where " + where).query(Long.class).single();
    }

    @Test
    void aFewHundredTasksAndAppointmentsAroundTodayForTheSalesStaff() {
        assertThat(count("true")).isGreaterThanOrEqualTo(300);
        assertThat(count("kind = 'APPOINTMENT'")).isGreaterThan(100);
        assertThat(count("due_at < now() and status = 'DONE'")).isGreaterThan(count("due_at < now() and status = 'OPEN'"));
        assertThat(count("due_at < now() and status = 'OPEN'")).as("overdue").isPositive();
        assertThat(count("due_at > now() and status <> 'OPEN'")).isZero();
        assertThat(count("due_at > now()")).isGreaterThan(50);
        assertThat(jdbc.sql("select count(distinct assignee_id) from task").query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void eachIsAboutACustomerItsAssigneeOwnsAndNoPastReminderIsStillToBeSent() {
        assertThat(count("customer_id is null")).isZero();
        assertThat(count("created_by = assignee_id and not exists (select 1 from customer c where c.id = t.customer_id"
                + " and c.owner_id = t.assignee_id)")).isZero();
        assertThat(count("contact_id is not null and not exists (select 1 from contact c where c.id = t.contact_id"
                + " and c.customer_id = t.customer_id)")).isZero();
        // Loaded at the latest creation time: whatever was to remind before then counts as sent.
        assertThat(count("status = 'OPEN' and reminded_at is null and remind_at < (select max(created_at) from task)")).isZero();
    }
}

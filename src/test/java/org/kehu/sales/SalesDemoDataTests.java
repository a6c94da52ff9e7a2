package org.kehu.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class SalesDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    private List<String> distinct(String column) {
        return jdbc.sql("select distinct " + column + " from opportunity").query(String.class).list();
    }

    @Test
    void demoOpportunitiesCoverEveryStageStatusAndOwnerOverTwoYears() {
        assertThat(jdbc.sql("select count(*) from opportunity").query(Long.class).single()).isGreaterThanOrEqualTo(150);
        assertThat(distinct("stage_code")).contains("INITIAL", "NEEDS", "PROPOSAL", "NEGOTIATION", "CONTRACT");
        assertThat(distinct("status")).contains("NEW", "ASSIGNED", "DEVELOPING", "WON", "LOST");
        assertThat(jdbc.sql("select distinct u.username from opportunity o join app_user u on u.id = o.owner_id")
                .query(String.class).list()).contains("manager", "manager2", "director");
        assertThat(jdbc.sql("select count(*) from opportunity where created_at < now() - interval '1 year'")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from opportunity where created_at < now() - interval '731 days'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void wonDemoOpportunitiesAreExistingCustomersOfTheirOwnerAndLostOnesHaveAReason() {
        assertThat(jdbc.sql("""
                select count(*) from opportunity o left join customer c on c.id = o.customer_id
                 where o.status = 'WON' and (c.id is null or c.owner_id <> o.owner_id or c.name <> o.prospect_name)""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from opportunity where status = 'LOST' and lost_reason_code is null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from opportunity_plan_step where result is not null").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from opportunity where status = 'NEW' and assigned_to is not null")
                .query(Long.class).single()).isZero();
    }
}

package org.kehu.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class CustomerDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    private long number(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void demoCustomersAreSpreadOverProvincesCodesAndBothAccountManagers() {
        assertThat(number("select count(*) from customer where code like 'KH____9%'")).isGreaterThanOrEqualTo(300);
        assertThat(number("select count(distinct province_code) from customer")).isGreaterThanOrEqualTo(10);
        assertThat(number("select count(distinct nature_code) from customer")).isEqualTo(6);
        assertThat(number("select count(distinct group_code) from customer")).isEqualTo(5);
        assertThat(number("select count(distinct grade_code) from customer")).isEqualTo(4);
        assertThat(number("select count(*) from customer where name = '湖北钢铁公司' and name_initials = 'hbgtgs'")).isEqualTo(1);
        for (String owner : new String[] {"manager", "manager2", "director"}) {
            assertThat(number("select count(*) from customer c join app_user u on u.id = c.owner_id where u.username = '" + owner + "'"))
                    .as(owner).isPositive();
        }
    }

    @Test
    void everyDemoCustomerHasOneToFourContactsAHistoryAndSomeInteractions() {
        assertThat(number("""
                select count(*) from customer c where code like 'KH____9%' and (select count(*) from contact where customer_id = c.id) not between 1 and 4""")).isZero();
        assertThat(number("select count(*) from customer c where code like 'KH____9%' and main_contact_id is null")).isZero();
        assertThat(number("select count(*) from customer c where code like 'KH____9%' and not exists (select 1 from customer_ownership o where o.customer_id = c.id)")).isZero();
        assertThat(number("select count(*) from interaction where occurred_at > now() - interval '2 years'")).isGreaterThan(300);
        assertThat(number("select count(*) from contact where marketing_consent")).isPositive();
    }

    @Test
    void noDemoInteractionHappensBeforeItsCustomerExisted() {
        assertThat(number("""
                select count(*) from interaction i join customer c on c.id = i.customer_id
                 where c.code like 'KH____9%' and i.occurred_at < c.created_at""")).isZero();
    }
}

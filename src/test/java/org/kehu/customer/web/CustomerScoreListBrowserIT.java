package org.kehu.customer.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer list sorted by CLV, as an account manager uses it: a customer the last scoring valued comes first
 * with his value, and a customer created since (no score yet) is listed too, at the end, with empty scores.
 */
class CustomerScoreListBrowserIT extends BrowserTestSupport {

    private static final String TAG = "武当价值排序";

    @Autowired
    JdbcClient jdbc;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheCustomers() {
        created.forEach(id -> jdbc.sql("delete from customer where id = :id").param("id", id).update());
        jdbc.sql("delete from customer where name like :tag").param("tag", TAG + "%").update();
    }

    @Test
    void aCustomerCreatedAfterTheScoringIsListedAfterTheScoredOnesWhenSortedByClv() {
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        long valued = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, status, created_by)
                values ('KHSCORE-1', :name, 'wdjzpx', :o, 'ACTIVE', :o) returning id""")
                .param("name", TAG + "老客户有限公司").param("o", manager).query(Long.class).single();
        created.add(valued);
        // As the last scoring run wrote it.
        jdbc.sql("update customer_score set p_alive = 0.8, expected_purchases_365 = 3.2, clv = 45678.90 where customer_id = :id")
                .param("id", valued).update();

        login("manager");
        page.navigate(url("/customers/new"));
        page.fill("#customer-name", TAG + "新客户有限公司");
        page.click("#customer-save");
        page.waitForURL(u -> u.matches(".*/customers/\\d+$"));
        long newcomer = Long.parseLong(page.url().replaceAll(".*/customers/(\\d+)$", "$1"));
        created.add(newcomer);

        page.navigate(url("/customers"));
        page.fill("#filter-q", TAG);
        page.waitForURL(u -> u.contains("q="));
        page.selectOption("#filter-sort", "clv");
        page.waitForURL(u -> u.contains("sort=clv"));
        assertThat(page.locator("#customer-rows tbody tr")).hasCount(2);
        assertThat(page.locator("#customer-rows tbody tr").nth(0)).hasId("customer-row-" + valued);
        assertThat(page.locator("#customer-row-" + valued + " .customer-clv")).hasText("¥45,678.90");
        assertThat(page.locator("#customer-rows tbody tr").nth(1)).hasId("customer-row-" + newcomer);
        assertThat(page.locator("#customer-row-" + newcomer + " .customer-clv")).hasText("");
        screenshot("customer-list-sorted-by-clv");
    }
}

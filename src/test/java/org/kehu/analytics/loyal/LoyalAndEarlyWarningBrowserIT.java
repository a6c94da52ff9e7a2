package org.kehu.analytics.loyal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An account manager finds a customer slipping away on the early warning tab and plans a follow-up; then the loyal
 * customers, reached from the customer value page, each with the reason he is on the list; an administrator's bad
 * criterion is refused beside its field.
 */
class LoyalAndEarlyWarningBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private long customer(String code, String name, String loyalty, String pAlive, String clv) {
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        long id = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, province_code, grade_code, status, loyalty_rating,
                                     created_by)
                values (:code, :name, 'x', :o, '420000', 'KEY', 'ACTIVE', :loyalty, :o) returning id""")
                .param("code", code).param("name", name).param("o", manager).param("loyalty", loyalty)
                .query(Long.class).single();
        // The scores as the CLV scoring copies them to the customer's score row.
        jdbc.sql("""
                update customer_score set p_alive = cast(:p as numeric), expected_purchases_365 = 2.5,
                       clv = cast(:clv as numeric) where customer_id = :id""")
                .param("p", pAlive).param("clv", clv).param("id", id).update();
        return id;
    }

    @Test
    void earlyWarningThenLoyalCustomersWithTheirReasons() {
        long slipping = customer("KHBIT-EW1", "襄阳汉江轴承有限公司", null, "0.000050", "320.00");
        long loyal = customer("KHBIT-LY1", "宜昌三峡电气成套设备厂", "VERY_LOYAL", "0.930000", "99999998.00");
        long valuable = customer("KHBIT-LY2", "荆州楚天重工集团", null, "0.970000", "99999999.00");

        login("manager");
        page.navigate(url("/churn/warnings"));
        page.click("#churn-tab-early");
        page.waitForURL(u -> u.contains("/churn/early-warnings"));
        assertThat(page.locator("#early-row-" + slipping)).isVisible();
        assertThat(page.locator("#early-row-" + slipping + " .early-palive")).hasText("0.0%");
        screenshot("churn-early-warnings");
        page.click("#early-task-" + slipping);
        page.waitForURL(u -> u.contains("/tasks/new"));
        screenshot("churn-early-follow-up");

        // Both at the top of the list (highest CLV first), ahead of the demo's customers.
        page.navigate(url("/analytics/value"));
        page.click("#clv-loyal-link");
        page.waitForURL(u -> u.contains("/analytics/loyal"));
        assertThat(page.locator("#loyal-row-" + loyal + " .loyal-reason")).containsText("忠诚度 非常忠诚 · P(alive) 0.93");
        assertThat(page.locator("#loyal-row-" + valuable + " .loyal-reason")).containsText("CLV 前1%");
        screenshot("loyal-customers");

        context.clearCookies();
        login("admin");
        page.navigate(url("/analytics/loyal"));
        page.click("#loyal-settings summary");
        page.fill("#loyal-clv-top", "0");
        page.click("#loyal-settings-save");
        assertThat(page.locator("#loyal-clv-top-error")).isVisible();
        screenshot("loyal-criteria-refused");
    }
}

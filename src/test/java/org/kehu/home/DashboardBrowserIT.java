package org.kehu.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The executive's dashboard with its charts, and a director setting a target on the target sheet. */
class DashboardBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExecutiveSeesTheCompanyDashboardWithItsCharts() {
        login("executive");
        assertThat(page.locator("#dash-executive")).isVisible();
        assertThat(page.locator("#dash-trend-chart[data-rendered=true] canvas")).hasCount(1);
        assertThat(page.locator("#dash-funnel-chart[data-rendered=true] canvas")).hasCount(1);
        assertThat(page.locator("#dash-forecast-chart[data-rendered=true] canvas")).hasCount(1);
        assertThat(page.locator("#dash-top-list .dash-top-row")).hasCount(10);
        assertThat(page.locator("#dash-company-completion")).containsText("%");
        assertThat(page.locator("#home-agenda")).isVisible();
        screenshot("dashboard-executive");
        page.click("#dash-company-month");
        page.waitForURL(u -> u.endsWith("/targets"));
        assertThat(page.locator("#targets-table")).isVisible();
    }

    @Test
    void aDirectorSetsATargetForHisAccountManager() {
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        login("director");
        assertThat(page.locator("#dash-team-" + manager)).isVisible();
        screenshot("dashboard-director");
        page.navigate(url("/targets"));
        String cell = "#t_" + manager + "_12";
        page.fill(cell, "-3");
        page.click("#targets-save");
        assertThat(page.locator("#targets-error")).isVisible();
        assertThat(page.locator(cell)).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        page.fill(cell, "888,000");
        page.click("#targets-save");
        assertThat(page.locator(".toast")).isVisible();
        assertThat(page.locator(cell)).hasValue("888000.00");
        assertThat(page.locator("#completion-" + manager + "-year")).containsText("%");
        screenshot("targets-director");
    }
}

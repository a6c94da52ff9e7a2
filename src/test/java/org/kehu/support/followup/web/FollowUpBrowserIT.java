package org.kehu.support.followup.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service manager plans a visit for a customer and hands it to a staff member, who records its result. */
class FollowUpBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    record Customer(long id, String name) {
    }

    @Test
    void serviceManagerPlansAVisitThatTheStaffMemberRecords() {
        Customer customer = jdbc.sql("select id, name from customer order by id desc limit 1").query(Customer.class).single();

        login("servicelead");
        page.click("#menu-follow-ups");
        assertThat(page.locator("#followup-table")).isVisible();
        screenshot("followup-list");
        page.click("#followup-new");
        page.waitForURL(u -> u.endsWith("/follow-ups/new"));
        page.fill("#followup-q", customer.name());
        page.check("#followup-customer-" + customer.id());
        page.fill("#followup-planned", LocalDate.now().plusDays(1).toString());
        page.selectOption("#followup-assignee", new SelectOption().setLabel("赵丽"));
        page.selectOption("#followup-method", "VISIT");
        page.fill("#followup-note", "了解新设备使用情况");
        screenshot("followup-plan");
        page.click("#followup-save");
        page.waitForURL(u -> u.matches(".*/follow-ups/\\d+$"));
        assertThat(page.locator("#followup-customer")).hasText(customer.name());
        String visitUrl = page.url();

        context.clearCookies();
        login("service");
        page.click("#menu-follow-ups");
        page.click("#followup-view-mine");
        assertThat(page.locator("#followup-table")).containsText(customer.name());
        page.navigate(visitUrl);
        page.click("#followup-result-save");
        assertThat(page.locator("#followup-result-form")).containsText("请填写回访结果");
        page.fill("#followup-result", "设备运行良好，客户很满意。");
        page.selectOption("#followup-satisfaction", "5");
        page.click("#followup-result-save");
        assertThat(page.locator("#followup-status")).hasText("已完成");
        assertThat(page.locator("#followup-result-text")).hasText("设备运行良好，客户很满意。");
        screenshot("followup-recorded");
    }
}

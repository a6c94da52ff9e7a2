package org.kehu.portal.company;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 企业资料修改申请: `buyer` asks on a phone (390 × 844) for a new company phone, which waits; `manager` is notified,
 * accepts it on the customer page's card, and the customer shows the new phone; buyer's profile shows it applied.
 */
class CompanyChangeRequestBrowserIT extends BrowserTestSupport {

    private static final String NEW_PHONE = "027-87001234";

    @Autowired
    JdbcClient jdbc;

    long customer;
    String customerName;
    String phone;
    long requestsBefore;
    long notificationsBefore;
    SetAsideChangeRequests demoRequests;

    @BeforeEach
    void setAsideTheDemoRequest() {
        var row = jdbc.sql("""
                select c.id, c.name, c.phone from customer c join portal_account a on a.customer_id = c.id where a.login = 'buyer'""")
                .query().singleRow();
        customer = ((Number) row.get("id")).longValue();
        customerName = (String) row.get("name");
        phone = (String) row.get("phone");
        requestsBefore = jdbc.sql("select coalesce(max(id), 0) from portal_company_change").query(Long.class).single();
        notificationsBefore = jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
        // the demo's request of buyer's company still waits, and a company may have one waiting request only
        demoRequests = SetAsideChangeRequests.of(jdbc, List.of(customer));
    }

    @AfterEach
    void restoreThePhoneAndTheDemoRequest() {
        jdbc.sql("update customer set phone = ? where id = ?").params(phone, customer).update();
        jdbc.sql("delete from portal_company_change where id > ?").param(requestsBefore).update();
        jdbc.sql("delete from notification where id > ? and message_key = 'portal.company.notify'").param(notificationsBefore)
                .update();
        demoRequests.restore();
    }

    @Test
    void theBuyerAsksForANewPhoneWhichTheAccountManagerAcceptsOnTheCustomerPage() throws Exception {
        try (BrowserContext phoneContext = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN").setIsMobile(true).setHasTouch(true))) {
            Page p = phoneContext.newPage();
            p.navigate(url("/portal/login"));
            p.fill("#portal-username", "buyer");
            p.fill("#portal-password", "demo123");
            p.click("#portal-login-submit");
            p.waitForURL(u -> u.endsWith("/portal/me"));
            p.navigate(url("/portal/profile"));
            assertThat(p.locator("#portal-company-title")).isVisible();
            p.fill("#company-phone", NEW_PHONE);
            shot(p, "portal-company-change-phone");
            p.click("#portal-company-send");
            assertThat(p.locator("#portal-company-requested")).isVisible();
            Locator request = p.locator("#portal-company-requests li").first();
            assertThat(request).containsText(NEW_PHONE);
            assertThat(request).containsText("待处理");
            shot(p, "portal-company-change-waiting-phone");

            long id = jdbc.sql("select id from portal_company_change where customer_id = ? and status = 'PENDING'")
                    .param(customer).query(Long.class).single();
            login("manager");
            page.click("#notification-bell");
            Locator notice = page.locator("#notification-menu button", new Page.LocatorOptions().setHasText(customerName));
            assertThat(notice.first()).isVisible();
            screenshot("company-change-manager-notified");
            notice.first().click();
            page.waitForURL(u -> u.endsWith("/customers/" + customer));
            Locator card = page.locator("#company-change-" + id);
            assertThat(card).containsText(NEW_PHONE);
            assertThat(card).containsText("待处理");
            screenshot("company-change-card");
            page.click("#company-change-accept-" + id);
            assertThat(page.locator("#company-change-done")).isVisible();
            assertThat(page.locator("#company-change-" + id)).containsText("已应用");
            page.reload();
            assertThat(page.locator("xpath=//th[normalize-space(.)='电话']/following-sibling::td").first()).hasText(NEW_PHONE);
            screenshot("company-change-applied");

            p.navigate(url("/portal/profile"));
            assertThat(p.locator("#portal-company-request-" + id)).containsText("已应用");
            assertThat(p.locator("#company-phone")).hasValue(NEW_PHONE);
            shot(p, "portal-company-change-applied-phone");
        }
    }

    private static void shot(Page p, String name) throws java.io.IOException {
        var dir = java.nio.file.Files.createDirectories(java.nio.file.Paths.get("target", "screenshots"));
        p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }
}

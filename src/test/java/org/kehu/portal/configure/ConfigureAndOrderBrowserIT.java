package org.kehu.portal.configure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 标准组件选配 end to end: {@code buyer} on a phone opens a lathe from the public catalogue, signs in, watches the price
 * follow each choice, orders it and sees the order open; then {@code manager}, at a desk, is told of it and finds the
 * pending order with the configuration under its line.
 */
class ConfigureAndOrderBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    final List<String> placed = new ArrayList<>();

    @AfterEach
    void removeTheOrder() {
        for (String number : placed) {
            jdbc.sql("delete from notification where link = (select '/orders/' || id from sales_order where number = ?)")
                    .param(number).update();
            jdbc.sql("delete from sales_order where number = ?").param(number).update();
        }
    }

    @Test
    void aCustomerConfiguresAndOrdersOnAPhoneAndTheAccountManagerIsTold() throws Exception {
        ConfigureTestData lathe = ConfigureTestData.read(jdbc);
        String number;
        try (BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN").setIsMobile(true).setHasTouch(true))) {
            Page p = phone.newPage();
            p.navigate(url("/portal/catalog/products/P-0001"));
            p.click("#product-configure");
            p.waitForURL(u -> u.contains("/portal/login"));
            p.fill("#portal-username", "buyer");
            p.fill("#portal-password", "demo123");
            p.click("#portal-login-submit");
            p.waitForURL(u -> u.contains("/portal/configure/P-0001"));
            assertThat(p.locator("#configure-components")).containsText("四工位电动刀架");
            assertThat(p.locator("#configure-total")).hasText("¥168,000.00");
            shot(p, "portal-configure-start");

            p.check("#option-" + lathe.fanuc());
            assertThat(p.locator("#configure-total")).hasText("¥206,000.00");
            p.check("#option-" + lathe.hydraulicChuck());
            assertThat(p.locator("#configure-unit-price")).hasText("¥212,500.00");
            p.fill("#quantity", "0");
            assertThat(p.locator("#error-quantity")).hasText("数量为1到999。");
            p.fill("#quantity", "2");
            assertThat(p.locator("#configure-total")).hasText("¥425,000.00");
            assertThat(p.locator("#error-quantity")).isEmpty();
            p.fill("#note", "请随机附带一套刀具");
            shot(p, "portal-configure-chosen");

            p.click("#configure-order");
            p.waitForURL(u -> u.contains("/portal/orders/SO"));
            number = p.locator("#portal-order-number").textContent().strip();
            placed.add(number);
            assertThat(p.locator("#portal-order-status")).hasText("待确认");
            assertThat(p.locator("#portal-order-total")).hasText("¥425,000.00");
            assertThat(p.locator("#portal-order-line-options-1")).containsText("发那科 0i-TF Plus");
            shot(p, "portal-configure-ordered");

            p.navigate(url("/portal/orders?show=OPEN"));
            assertThat(p.locator("main")).containsText(number);
            shot(p, "portal-configure-open-orders");
        }

        login("manager");
        page.locator("#notification-bell").click();
        Locator notice = page.locator("#notification-menu button", new Page.LocatorOptions().setHasText(number));
        assertThat(notice.first()).isVisible();
        screenshot("configure-manager-notified");
        notice.first().click();
        page.waitForURL(u -> u.matches(".*/orders/\\d+$"));
        assertThat(page.locator("#order-line-options-1")).containsText("卡盘: 液压中空卡盘");
        assertThat(page.locator("#order-total")).containsText("425,000.00");
        screenshot("configure-manager-order");
    }

    private static void shot(Page p, String name) throws java.io.IOException {
        var dir = java.nio.file.Files.createDirectories(java.nio.file.Paths.get("target", "screenshots"));
        p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }
}

package org.kehu.order.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.kehu.analytics.SalesReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * The sales director imports years of order history from the order list: uploads a file of 20,000 lines
 * (large enough to run in the background), watches its progress, and reads the row report.
 */
class OrderImportBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SalesReadModel readModel;

    @Test
    void directorUploadsOrderHistorySeesProgressAndTheRowReport() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L);
        Path file = Files.createTempFile("kehu-order-history", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("订单号,订单日期,客户编码,客户名称,产品编码,产品名称,数量,单价\n");
            for (int order = 1; order <= 4_000; order++) {
                // Every 1,000th order is a guest sale: no customer on any line.
                String customer = order % 1_000 == 0 ? "," : "BC" + run + "-" + (order % 40) + ",浏览器测试客户" + (order % 40);
                for (int line = 1; line <= 5; line++) {
                    int quantity = order % 7 == 0 ? -line : line;
                    out.write("BR" + run + "-" + order + ",2021-0" + (1 + order % 9) + "-1" + (order % 9) + " 10:00,"
                            + customer + ",BP" + run + "-" + line + ",浏览器测试产品" + line + "," + quantity + ",12.50\n");
                }
            }
        }

        login("director");
        page.navigate(url("/orders"));
        page.click("#order-import");
        page.waitForURL(u -> u.contains("/orders/import"));
        page.setInputFiles("#import-file", file);
        page.check("#import-mode-valid");
        page.check("#import-create-customers");
        page.check("#import-create-products");
        page.click("#import-submit");
        page.waitForURL(u -> u.contains("/orders/import/jobs/"));
        // The progress bar while the job runs, or straight away its report when the job was quicker than the page.
        assertThat(page.locator("#import-progress, #import-report").first()).isVisible();
        screenshot("order-import-progress");

        assertThat(page.locator("#import-report")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        assertThat(page.locator("#import-count-rows")).containsText("20,000");
        assertThat(page.locator("#import-count-orders")).containsText("3,996");
        assertThat(page.locator("#import-count-customers")).containsText("40");
        assertThat(page.locator("#import-errors tr.import-error")).hasCount(20);
        assertThat(page.locator("#import-errors tr.import-error").first().locator(".import-error-field")).containsText("客户编码");
        assertThat(page.locator("#import-errors tr.import-error").first().locator(".import-error-message")).containsText("散客");
        screenshot("order-import-report");

        page.click("#import-open-list");
        page.waitForURL(u -> u.contains("/orders"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.fill("#order-filter-q", "BR" + run + "-7");
        page.press("#order-filter-q", "Enter");
        assertThat(page.locator("#order-rows")).containsText("BR" + run + "-7");
        Files.deleteIfExists(file);
    }

    /**
     * The imported history stays out of the browser tests that follow: its forty customers, who bought on nine days
     * of 2021 only and returned whole orders, would change the lifetime value model those tests fit on the demo orders.
     */
    @AfterEach
    void removeTheImportedOrders() {
        jdbc.sql("delete from sales_order where imported and number like 'BR%-%' and order_date < date '2022-01-01'").update();
        readModel.rebuild(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
    }
}

package org.kehu.analytics.report.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;

/**
 * The executive reads the RFM report on the demo orders: a segment opens the customers in it; the R × F grid's
 * cells each open the customers with that recency and frequency score.
 */
class RfmReportBrowserIT extends BrowserTestSupport {

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void aSegmentAndAGridCellEachOpenTheirCustomers() {
        login("executive");
        page.navigate(url("/reports/rfm"));
        assertThat(page.locator("#report-chart-0")).hasAttribute("data-drawn", "bar");
        screenshot("rfm-segments");

        // The first segment that has customers: its name opens them, each with that segment's name.
        Locator segments = page.locator("#report-table tr.report-row");
        assertThat(segments).hasCount(10);
        int row = firstRowWithCustomers(segments);
        String segment = segments.nth(row).locator("td").first().innerText().strip();
        long count = Long.parseLong(segments.nth(row).locator("td").nth(1).innerText().replace(",", "").strip());
        segments.nth(row).locator("a.report-drill").click();
        page.waitForURL(u -> u.contains("dimension=customers-"));
        Locator customers = page.locator("#report-table tr.report-row");
        assertThat(customers.first()).isVisible();
        assertThat(customers.first().locator("td").nth(8)).hasText(segment);
        assertThat(customers.last().locator("td").nth(8)).hasText(segment);
        assertThat(customers.count()).isLessThanOrEqualTo((int) count);
        screenshot("rfm-segment-customers");

        page.selectOption("#report-dimension", "grid");
        page.waitForURL(u -> u.contains("dimension=grid"));
        Locator grid = page.locator("#report-table tr.report-row");
        assertThat(grid).hasCount(5);
        assertThat(grid.first().locator("td").first()).hasText("5");
        // 25 cells, each a link; the first with customers opens them, all of that R and F.
        assertThat(page.locator("#report-table a.report-drill")).hasCount(25);
        Locator cell = page.locator("#report-table a.report-drill").filter(
                new Locator.FilterOptions().setHasNotText(Pattern.compile("^0$"))).first();
        String href = cell.getAttribute("href");
        var scores = Pattern.compile("customers-r(\\d)f(\\d)").matcher(href);
        assertThat(scores.find()).isTrue();
        long inCell = Long.parseLong(cell.innerText().replace(",", "").strip());
        screenshot("rfm-grid");
        cell.click();
        page.waitForURL(u -> u.contains("dimension=customers-r"));
        Locator listed = page.locator("#report-table tr.report-row");
        assertThat(listed.first()).isVisible();
        assertThat(listed.count()).isEqualTo((int) Math.min(inCell, listed.count()));
        List<String> rs = listed.locator("td:nth-child(6)").allInnerTexts();
        List<String> fs = listed.locator("td:nth-child(7)").allInnerTexts();
        assertThat(rs).allMatch(r -> r.strip().equals(scores.group(1)));
        assertThat(fs).allMatch(f -> f.strip().equals(scores.group(2)));
        assertThat(page.locator("#report-dimension")).containsText("R " + scores.group(1));
        screenshot("rfm-cell-customers");
    }

    private static int firstRowWithCustomers(Locator rows) {
        for (int i = 0; i < rows.count(); i++) {
            if (!rows.nth(i).locator("td").nth(1).innerText().strip().equals("0")) {
                return i;
            }
        }
        throw new AssertionError("no segment has customers");
    }
}

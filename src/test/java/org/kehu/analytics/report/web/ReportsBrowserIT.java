package org.kehu.analytics.report.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * The executive reads the reports on the demo orders: the index, the customer contribution filtered to one
 * province with its Pareto chart, exported as CSV and Excel and printed; the transactions on China's map; every
 * report has figures at first start.
 */
class ReportsBrowserIT extends BrowserTestSupport {

    /** Charts draw after ECharts and, for the map, the provinces have loaded: on a busy machine that takes seconds. */
    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void executiveFiltersExportsAndPrintsTheCustomerContribution() throws Exception {
        login("executive");
        page.navigate(url("/reports"));
        // contribution, composition, transactions, purchasing power, service, statistics, RFM, product quality and the
        // marketing channels
        assertThat(page.locator("#report-index .report-card")).hasCount(9);
        screenshot("reports-index");

        page.click("#report-link-contribution");
        assertThat(page.locator("#report-chart-0")).hasAttribute("data-drawn", "pareto");
        assertThat(page.locator("#report-net-note")).containsText("已扣除退货");
        page.selectOption("#report-region", "420000");
        page.click("#report-apply");
        page.waitForURL(u -> u.contains("region=420000"));
        assertThat(page.locator("#report-chart-0")).hasAttribute("data-drawn", "pareto");
        int rows = page.locator("#report-table tr.report-row").count();
        assertThat(rows).isPositive();
        assertThat(page.locator("#report-table tr.report-row").first().locator("td").nth(3)).hasText("湖北省");
        screenshot("report-contribution-hubei");

        Download csv = page.waitForDownload(() -> page.click("#report-export-csv"));
        List<String> lines = Files.readString(csv.path(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).contains("客户编号").contains("累计占比");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(l -> l.contains("湖北省"));

        Download xlsx = page.waitForDownload(() -> page.click("#report-export-xlsx"));
        try (InputStream in = Files.newInputStream(xlsx.path()); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> sheet = wb.getFirstSheet().read();
            assertThat(sheet).hasSize(lines.size());
            assertThat(sheet.get(1).getCell(5).asNumber()).isPositive();
        }

        Page print = page.waitForPopup(() -> page.click("#report-print"));
        print.waitForLoadState();
        assertThat(print.locator("#report-print-view")).isVisible();
        assertThat(print.locator("#report-print-filters")).containsText("湖北省");
        assertThat(print.locator("#report-chart-0")).hasAttribute("data-drawn", "pareto");
        assertThat(print.locator("#report-table tr.report-row")).hasCount(rows);
        Page shown = page;
        page = print;
        screenshot("report-contribution-print");
        page = shown;
    }

    @Test
    void everyReportHasFiguresOnTheDemoOrdersAndTheProvincesAreOnTheMap() {
        login("executive");
        for (String report : List.of("contribution", "composition", "transactions", "purchasing-power")) {
            page.navigate(url("/reports/" + report));
            assertThat(page.locator("#report-table tr.report-row").first()).isVisible();
            assertThat(page.locator("#report-chart-0")).hasAttribute("data-drawn", java.util.regex.Pattern.compile(".+"));
        }
        page.navigate(url("/reports/transactions?dimension=region"));
        assertThat(page.locator("#report-chart-0")).hasAttribute("data-drawn", "map");
        assertThat(page.locator("#report-chart-1")).hasAttribute("data-drawn", "line");
        screenshot("report-transactions-map");
        page.navigate(url("/reports/composition?dimension=grade"));
        assertThat(page.locator("#report-chart-0")).hasAttribute("data-drawn", "pie");
        screenshot("report-composition-grade");
        page.navigate(url("/reports/purchasing-power"));
        screenshot("report-purchasing-power");
    }
}

package org.kehu.analytics.forecast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;

/** The executive opens the sales forecast, sees the chart with its band, the model and the pipeline, and narrows it. */
class SalesForecastBrowserIT extends BrowserTestSupport {

    @Test
    void executiveSeesTheForecastChartModelChecksAndPipeline() {
        login("executive");
        page.click("#menu-forecast");
        assertThat(page.locator("#forecast-whose")).containsText("全公司");
        assertThat(page.locator("#forecast-chart canvas")).hasCount(1);
        assertThat(page.locator("#forecast-form")).containsText("ETS(");
        assertThat(page.locator("#forecast-candidates")).containsText("AICc");
        assertThat(page.locator("#forecast-mase")).not().isEmpty();
        assertThat(page.locator("#forecast-table tr.forecast-ahead")).hasCount(12);
        assertThat(page.locator("#pipeline-table")).containsText("¥");
        screenshot("forecast-company");

        page.fill("#forecast-horizon", "6");
        page.click("#forecast-apply");
        assertThat(page.locator("#forecast-table tr.forecast-ahead")).hasCount(6);
    }
}

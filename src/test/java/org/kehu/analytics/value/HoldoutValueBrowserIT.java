package org.kehu.analytics.value;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.assertions.LocatorAssertions;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analyst chooses a calibration end in the past and fits from the page: the form comes back at once, the page
 * shows the fit running, then the holdout chart of that date with the parameters and their standard errors, and
 * the customers' scoring until every one is scored.
 */
class HoldoutValueBrowserIT extends BrowserTestSupport {

    @Autowired
    PurchaseSummaries summaries;
    @Autowired
    ClvFitting fitting;

    @Test
    void analystFitsUpToAPastDayAndSeesTheHoldoutChartOfThatDay() {
        LocalDate end = fittableEnd();
        login("executive");
        page.navigate(url("/analytics/value"));
        page.fill("#clv-calibration-end", end.toString());
        page.click("#clv-fit");

        // Running or already fitted, the page reloads by itself onto the fit of the chosen day.
        LocatorAssertions.ContainsTextOptions patient = new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);
        assertThat(page.locator("#clv-params-title")).containsText(end.toString(), patient);
        assertThat(page.locator("#clv-holdout-chart[data-rendered=true] canvas")).isVisible();
        assertThat(page.locator("#clv-bgnbd-table")).containsText("α");
        assertThat(page.locator("#clv-bg-ll")).not().isEmpty();
        assertThat(page.locator("#clv-fit-error")).hasCount(0);
        assertThat(page.locator("#clv-progress-done")).containsText(end.toString(), patient);
        screenshot("clv-holdout");
    }

    /**
     * The demo orders grow and few customers lapse, so not every past day gives the BG/NBD an interior optimum:
     * the furthest day back, up to twelve months (other browser tests add orders of their own), whose purchases determine both models (the page would show the
     * reason for the others, as {@code CustomerValueBrowserIT} checks), found with the fit's own code.
     */
    private LocalDate fittableEnd() {
        LocalDate today = fitting.today();
        for (int months = 12; months >= 1; months--) {
            LocalDate end = today.minusMonths(months);
            try {
                ModelFitter.fitBgNbd(summaries.bgNbd(end));
                ModelFitter.fitGammaGamma(summaries.gammaGamma(end));
                return end;
            } catch (TooFewDataException refused) {
                // an earlier day next
            }
        }
        throw new AssertionError("no day in the past twelve months fits on the demo orders");
    }
}

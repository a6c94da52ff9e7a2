package org.kehu.analytics.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.kehu.sales.PipelineMonth;

/**
 * A sales forecast as the page and the API show it: whose sales, the filters, the monthly history with the fitted
 * values, the chosen form with its parameters and criterion, the held-out check, the forecast with its intervals
 * and, beside it, the pipeline forecast.
 *
 * @param status {@code FORECAST}; {@code TOO_SHORT} when there are fewer months than any fit needs;
 *        {@code NO_DATA} when there are no sales at all
 * @param seasonalConsidered false when the series is shorter than two full years, so only non-seasonal forms were fitted
 * @param intervals {@code ANALYTIC} (the state-space model's variance) or {@code SIMULATION} (sample paths)
 */
record SalesForecast(Whose whose, Filters filters, String status, int months, YearMonth firstMonth, YearMonth lastMonth,
        boolean seasonalConsidered, Model model, Criterion criterion, Accuracy accuracy, String intervals,
        List<HistoryMonth> history, List<ForecastMonth> forecast, Pipeline pipeline) {

    /** Whose sales: {@code OWN} (the user's), {@code DEPARTMENT} (the department's), {@code ALL}; and the name. */
    record Whose(String scope, String name) {
    }

    record Filters(Long department, String departmentName, Long category, String categoryName, int horizon) {
    }

    /** The chosen form and its parameters in R's state-space convention (β ≤ α), initial states and σ². */
    record Model(String form, String name, double alpha, Double beta, Double gamma, Double phi, BigDecimal initialLevel,
            BigDecimal initialTrend, double sigma2, int estimatedParameters) {
    }

    record Criterion(String name, double value, List<CandidateForm> candidates) {
    }

    record CandidateForm(String form, String name, double aicc, boolean chosen) {
    }

    /** The check on the last months held out: the form refitted without them, MAPE in percent and MASE. */
    record Accuracy(int heldOutMonths, String form, Double mape, Double mase, List<HeldOutMonth> months) {
    }

    record HeldOutMonth(YearMonth month, BigDecimal actual, BigDecimal forecast) {
    }

    record HistoryMonth(YearMonth month, BigDecimal actual, BigDecimal fitted) {
    }

    record ForecastMonth(YearMonth month, BigDecimal forecast, BigDecimal lower80, BigDecimal upper80,
            BigDecimal lower95, BigDecimal upper95) {
    }

    /** Open opportunities' amounts × probability by expected close month; those past their month as overdue. */
    record Pipeline(List<PipelineMonth> months, PipelineMonth overdue, BigDecimal totalWeighted) {
    }
}

package org.kehu.analytics.forecast;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The sales forecast over REST: the caller's data scope applies (an account manager's forecast is of his own sales;
 * {@code whose} says whose figures they are); bad filters answer 400 naming the field.
 */
@RestController
@Tag(name = "Forecasts", description = "Sales forecast by exponential smoothing, and the pipeline forecast")
class ForecastApi {

    private final SalesForecasts forecasts;

    ForecastApi(SalesForecasts forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/api/v1/forecasts/sales")
    @PreAuthorize("hasAuthority('report.view')")
    @Operation(summary = "Sales forecast", description = """
            Monthly net revenue (net of returns; the current month, not complete, left out) forecast by exponential \
            smoothing (ETS). Filters: department, category (product category), horizon (months, 1–24, default 12). \
            Answers the form chosen by AICc with its parameters (R's state-space convention), the criterion of every \
            candidate, MAPE and MASE on the last 6 months held out, the forecast with 80 % and 95 % intervals \
            (ANALYTIC: the model's variance formulas; SIMULATION: 5,000 sample paths) and the pipeline forecast \
            (open opportunities' expected amount × probability by expected close month). status is FORECAST, \
            TOO_SHORT (fewer than 8 months) or NO_DATA.""")
    SalesForecast sales(@RequestParam(required = false) Long department, @RequestParam(required = false) Long category,
            @RequestParam(required = false) Integer horizon, Locale locale) {
        return forecasts.forecast(department, category, horizon, locale);
    }
}

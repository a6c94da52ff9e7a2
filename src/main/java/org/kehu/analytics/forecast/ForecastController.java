package org.kehu.analytics.forecast;

import java.util.Locale;
import java.util.Map;

import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sales forecast page: the filters (department, product category, horizon), the chart of history, fitted
 * values, forecast and interval band, the model and its checks, and the pipeline forecast beside it. Bad filters
 * are shown beside their fields and the page answers with the defaults' forecast left out.
 */
@Controller
@PreAuthorize("hasAuthority('report.view')")
class ForecastController {

    private final SalesForecasts forecasts;
    private final UserDirectory users;

    ForecastController(SalesForecasts forecasts, UserDirectory users) {
        this.forecasts = forecasts;
        this.users = users;
    }

    @GetMapping("/analytics/forecast")
    String forecast(@RequestParam(required = false) String department, @RequestParam(required = false) String category,
            @RequestParam(required = false) String horizon, Locale locale, Model model) {
        model.addAttribute("departments", users.departments());
        model.addAttribute("categories", forecasts.categories());
        model.addAttribute("department", department);
        model.addAttribute("category", category);
        model.addAttribute("horizon", horizon == null || horizon.isBlank() ? "12" : horizon);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Long departmentId = number(department, "department", errors);
        Long categoryId = number(category, "category", errors);
        Long horizonMonths = number(horizon, "horizon", errors);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("forecast", forecasts.forecast(departmentId, categoryId,
                        horizonMonths == null ? null : (int) Math.max(-1, Math.min(1000, horizonMonths)),
                        locale));
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        model.addAttribute("errors", errors);
        return "analytics/forecast";
    }

    private static Long number(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "forecast.error." + field);
            return null;
        }
    }
}

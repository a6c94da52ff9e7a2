package org.kehu.analytics.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kehu.catalog.CategoryInfo;
import org.kehu.catalog.ProductManagement;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.DataScope;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.sales.Opportunities;
import org.kehu.sales.PipelineMonth;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales forecast of the signed-in user's scope: the monthly net revenue of the sales read model (the company's,
 * a department's, a product category's), the current month left out as it is not complete, forecast by exponential
 * smoothing ({@link ForecastComputation}); and the pipeline forecast from the open opportunities.
 */
@Service
@Transactional(readOnly = true)
class SalesForecasts {

    static final int MAX_HORIZON = 24;
    /** The months forecast when the reader does not say. */
    static final int DEFAULT_HORIZON = 12;

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final ProductManagement catalog;
    private final Opportunities opportunities;
    private final Messages messages;

    SalesForecasts(JdbcClient jdbc, UserDirectory users, ProductManagement catalog, Opportunities opportunities,
            Messages messages) {
        this.jdbc = jdbc;
        this.users = users;
        this.catalog = catalog;
        this.opportunities = opportunities;
        this.messages = messages;
    }

    List<CategoryInfo> categories() {
        return catalog.categories();
    }

    @PreAuthorize("hasAuthority('report.view')")
    SalesForecast forecast(Long department, Long category, Integer horizonAsked, Locale locale) {
        int horizon = horizonAsked == null ? DEFAULT_HORIZON : horizonAsked;
        Map<String, String> problems = new LinkedHashMap<>();
        if (horizon < 1 || horizon > MAX_HORIZON) {
            problems.put("horizon", "forecast.error.horizon");
        }
        String departmentName = null;
        if (department != null) {
            departmentName = users.department(department).map(d -> d.name()).orElse(null);
            if (departmentName == null) {
                problems.put("department", "forecast.error.department");
            }
        }
        String categoryName = null;
        if (category != null) {
            categoryName = catalog.categories().stream().filter(c -> c.id() == category).findFirst()
                    .map(c -> c.name(locale)).orElse(null);
            if (categoryName == null) {
                problems.put("category", "forecast.error.category");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SalesForecast.Filters filters = new SalesForecast.Filters(department, departmentName, category, categoryName, horizon);
        YearMonth current = YearMonth.from(LocalDate.now(BusinessTime.ZONE));
        Map<YearMonth, BigDecimal> series = monthlySales(department, category, current);
        SalesForecast.Pipeline pipeline = pipeline(department, current);
        SalesForecast.Whose whose = whose();
        if (series.isEmpty()) {
            return new SalesForecast(whose, filters, "NO_DATA", 0, null, null, false, null, null, null, null,
                    List.of(), List.of(), pipeline);
        }
        List<YearMonth> months = new ArrayList<>(series.keySet());
        double[] y = series.values().stream().mapToDouble(BigDecimal::doubleValue).toArray();
        ForecastComputation.Outcome outcome = ForecastComputation.compute(y, horizon);
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        if (outcome.model() == null) {
            List<SalesForecast.HistoryMonth> history = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                history.add(new SalesForecast.HistoryMonth(months.get(i), money(y[i]), null));
            }
            return new SalesForecast(whose, filters, "TOO_SHORT", y.length, first, last, false, null, null, null, null,
                    history, List.of(), pipeline);
        }
        EtsModel model = outcome.model();
        double[] fitted = model.fitted();
        List<SalesForecast.HistoryMonth> history = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            history.add(new SalesForecast.HistoryMonth(months.get(i), money(y[i]), money(fitted[i])));
        }
        List<SalesForecast.ForecastMonth> forecast = new ArrayList<>();
        EtsModel.Forecast[] f = outcome.forecast();
        for (int k = 0; k < f.length; k++) {
            forecast.add(new SalesForecast.ForecastMonth(last.plusMonths(k + 1L), money(f[k].mean()), money(f[k].lower80()),
                    money(f[k].upper80()), money(f[k].lower95()), money(f[k].upper95())));
        }
        return new SalesForecast(whose, filters, "FORECAST", y.length, first, last, outcome.seasonalConsidered(),
                model(model, locale), criterion(outcome, locale), accuracy(outcome.holdout(), last),
                model.form.linear() ? "ANALYTIC" : "SIMULATION", history, forecast, pipeline);
    }

    /** Net revenue per month from the first month with sales to the last complete month, months without sales as 0. */
    Map<YearMonth, BigDecimal> monthlySales(Long department, Long category, YearMonth current) {
        return monthlySales(users.ownerScope(), department, category, current);
    }

    /** The same within a given scope, for the fit made in advance without a signed-in user ({@link ForecastWarmUp}). */
    Map<YearMonth, BigDecimal> monthlySales(OwnerScope scope, Long department, Long category, YearMonth current) {
        // Whole months only: the month rollup answers them all (a few thousand rows instead of every day row).
        StringBuilder where = new StringBuilder(" where month < :end");
        Map<String, Object> params = new HashMap<>();
        params.put("end", current.atDay(1));
        if (!scope.all()) {
            where.append(" and owner_id = any(:scope)");
            params.put("scope", scope.ownerIdArray());
        }
        if (department != null) {
            where.append(" and owner_id = any(:department)");
            params.put("department", users.usersInDepartmentTree(department).toArray(Long[]::new));
        }
        if (category != null) {
            where.append(" and category_id = :category");
            params.put("category", category);
        }
        Map<YearMonth, BigDecimal> found = new HashMap<>();
        jdbc.sql("select month, sum(amount) from analytics_sales_month" + where + " group by 1")
                .params(params)
                .query((rs, n) -> found.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBigDecimal(2)))
                .list();
        Map<YearMonth, BigDecimal> series = new LinkedHashMap<>();
        if (found.isEmpty()) {
            return series;
        }
        YearMonth first = found.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        for (YearMonth m = first; m.isBefore(current); m = m.plusMonths(1)) {
            series.put(m, found.getOrDefault(m, BigDecimal.ZERO));
        }
        return series;
    }

    private SalesForecast.Pipeline pipeline(Long department, YearMonth current) {
        List<PipelineMonth> months = new ArrayList<>();
        long overdueCount = 0;
        BigDecimal overdueAmount = BigDecimal.ZERO;
        BigDecimal overdueWeighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (PipelineMonth m : opportunities.pipelineByCloseMonth(department)) {
            total = total.add(m.weighted());
            if (m.month().isBefore(current)) {
                overdueCount += m.count();
                overdueAmount = overdueAmount.add(m.amount());
                overdueWeighted = overdueWeighted.add(m.weighted());
            } else {
                months.add(m);
            }
        }
        PipelineMonth overdue = overdueCount == 0 ? null : new PipelineMonth(null, overdueCount, overdueAmount, overdueWeighted);
        return new SalesForecast.Pipeline(months, overdue, total);
    }

    private SalesForecast.Whose whose() {
        CurrentUser user = users.requireCurrentUser();
        if (user.dataScope() == DataScope.ALL) {
            return new SalesForecast.Whose("ALL", null);
        }
        if (user.dataScope() == DataScope.DEPARTMENT && user.departmentId() != null) {
            return new SalesForecast.Whose("DEPARTMENT",
                    users.department(user.departmentId()).map(d -> d.name()).orElse(null));
        }
        return new SalesForecast.Whose("OWN", user.name());
    }

    private SalesForecast.Model model(EtsModel model, Locale locale) {
        EtsForm form = model.form;
        EtsParameters p = model.parameters;
        return new SalesForecast.Model(form.code(), messages.text(form.labelKey()), round(p.alpha),
                form.hasTrend() ? round(p.beta) : null, form.seasonal() ? round(p.gamma) : null,
                form.damped() ? round(p.phi) : null, money(p.level), form.hasTrend() ? money(p.trend) : null,
                model.sigma2(), model.estimated);
    }

    private SalesForecast.Criterion criterion(ForecastComputation.Outcome outcome, Locale locale) {
        List<SalesForecast.CandidateForm> candidates = outcome.candidates().stream()
                .map(c -> new SalesForecast.CandidateForm(c.form().code(), messages.text(c.form().labelKey()),
                        round(c.aicc()), c.form().equals(outcome.model().form)))
                .toList();
        return new SalesForecast.Criterion("AICc", round(outcome.model().aicc()), candidates);
    }

    private static SalesForecast.Accuracy accuracy(ForecastComputation.Holdout holdout, YearMonth last) {
        if (holdout == null) {
            return null;
        }
        List<SalesForecast.HeldOutMonth> months = new ArrayList<>();
        for (int i = 0; i < holdout.months(); i++) {
            months.add(new SalesForecast.HeldOutMonth(last.minusMonths(holdout.months() - 1L - i),
                    money(holdout.actual()[i]), money(holdout.forecast()[i])));
        }
        return new SalesForecast.Accuracy(holdout.months(), holdout.form().code(),
                holdout.mape() == null ? null : round(holdout.mape()), holdout.mase() == null ? null : round(holdout.mase()),
                months);
    }

    private static BigDecimal money(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP) : null;
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}

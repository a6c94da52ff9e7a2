package org.kehu.home;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Series for the dashboard charts, written into {@code data-*} attributes as comma-separated plain numbers (no script
 * in the page: {@code static/js/dashboard.js} reads them); an empty item is a gap in the series.
 */
final class ChartData {

    private ChartData() {
    }

    static String months(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(","));
    }

    static <T> String numbers(List<T> items, Function<T, BigDecimal> value) {
        return items.stream().map(value).map(v -> v == null ? "" : v.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(","));
    }

    /** Labels may hold commas: they are joined with a bar, and a bar in a label becomes a slash. */
    static String labels(List<String> labels) {
        return labels.stream().map(l -> l.replace('|', '/')).collect(Collectors.joining("|"));
    }
}

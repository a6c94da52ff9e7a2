package org.kehu.analytics.report;

import java.util.List;

/**
 * The data of one chart, drawn by {@code static/js/reports.js} with ECharts: the page puts it as JSON in a data
 * attribute (no inline script under the Content-Security-Policy), so the chart costs no second query.
 *
 * @param kind       {@code pareto} (bars and a cumulative percentage line on a second axis), {@code dual} (bars, and lines on a second axis), {@code bar},
 *                   {@code stacked} (bars stacked per category), {@code pie}, {@code line} or {@code map}
 *                   (China's provinces; categories are region codes, names their labels)
 * @param title      the message key of the chart's title, resolved by the page
 * @param categories the x-axis (or the slices, or the region codes of the map)
 * @param names      what to show for each category (equal to {@code categories} but for the map)
 * @param series     the values, one list per series, each as long as {@code categories}
 */
public record ReportChart(String kind, String title, List<String> categories, List<String> names,
        List<Series> series) {

    /** A series: its label, how it is drawn ({@code bar}, {@code line}) and its values. */
    public record Series(String name, String type, List<? extends Number> values) {
    }

    public static ReportChart of(String kind, String title, List<String> categories, List<Series> series) {
        return new ReportChart(kind, title, categories, categories, series);
    }
}

package org.kehu.analytics.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.shared.Formats;
import org.kehu.shared.web.Messages;

/**
 * A report's result as the page and the print view show it: headers and totals in the reader's language, every
 * cell formatted by its column's kind through {@link Formats}, and the charts with their titles resolved.
 */
public record ReportView(List<Header> headers, List<List<String>> rows, long rowCount, boolean truncated,
        List<Total> totals, List<Map<String, Object>> charts) {

    /** A column header; numeric columns are right-aligned. */
    public record Header(String key, String label, boolean numeric) {
    }

    /** One figure of the totals, formatted. */
    public record Total(String key, String label, String value) {
    }

    public static ReportView of(ReportResult result, Messages messages) {
        List<Header> headers = result.columns().stream()
                .map(c -> new Header(c.key(), messages.text(c.labelKey()), c.kind().numeric())).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(format(result.columns().get(i).kind(), row.get(i)));
            }
            rows.add(cells);
        }
        List<Total> totals = result.totals().stream()
                .map(f -> new Total(f.key(), messages.text(f.labelKey()), format(f.kind(), f.value()))).toList();
        List<Map<String, Object>> charts = result.charts().stream().map(c -> chart(c, messages)).toList();
        return new ReportView(headers, rows, result.rowCount(), result.truncated(), totals, charts);
    }

    /** What {@code reports.js} reads from the chart's data attribute. */
    static Map<String, Object> chart(ReportChart c, Messages messages) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", c.kind());
        json.put("title", messages.text(c.title()));
        json.put("categories", c.categories());
        json.put("names", c.names());
        json.put("series", c.series());
        return json;
    }

    static String format(ReportColumn.Kind kind, Object value) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case TEXT -> value.toString();
            case INTEGER -> Formats.number((Number) value);
            case MONEY -> Formats.money(new java.math.BigDecimal(value.toString()));
            case PERCENT -> Formats.decimal((Number) value, 2) + "%";
            case DECIMAL -> Formats.decimal((Number) value, 2);
        };
    }
}

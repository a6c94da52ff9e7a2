package org.kehu.analytics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.shared.web.Messages;

/**
 * A report over the API: the filter as applied, the columns, the rows (each an object keyed by column), how many
 * rows the filtered set has ({@code rowCount}; {@code rows} holds at most {@code limit}), the totals of the whole
 * filtered set keyed by figure, and {@code netOfReturns} (always true: returned goods reduce the figures).
 */
public record ReportResponse(String report, LocalDate from, LocalDate to, Map<String, Object> filters,
        List<Column> columns, List<Map<String, Object>> rows, long rowCount, Map<String, Object> totals,
        boolean netOfReturns) {

    /** A column: the key its values have in the rows, its label, its kind. */
    public record Column(String key, String label, ReportColumn.Kind kind) {
    }

    public static ReportResponse of(Report report, ReportFilter f, ReportResult result, Messages messages) {
        List<Column> columns = result.columns().stream()
                .map(c -> new Column(c.key(), messages.text(c.labelKey()), c.kind())).toList();
        List<Map<String, Object>> rows = new ArrayList<>(result.rows().size());
        for (List<Object> row : result.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                object.put(columns.get(i).key(), row.get(i));
            }
            rows.add(object);
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        result.totals().forEach(t -> totals.put(t.key(), t.value()));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("department", f.department());
        filters.put("owner", f.owner());
        filters.put("region", f.region());
        filters.put("grade", f.grade());
        filters.put("category", f.category());
        filters.put("dimension", f.dimension());
        boolean period = report.filters().contains(ReportFilterField.PERIOD);
        return new ReportResponse(report.key(), period ? f.from() : null, period ? f.to() : null, filters, columns, rows,
                result.rowCount(), totals, true);
    }
}

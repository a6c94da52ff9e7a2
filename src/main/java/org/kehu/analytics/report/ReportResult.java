package org.kehu.analytics.report;

import java.util.List;

/**
 * What a report answers for a filter: the table (columns and the first rows, {@code rowCount} being how many
 * the filtered set has in all), the totals of the whole filtered set and the charts.
 */
public record ReportResult(List<ReportColumn> columns, List<List<Object>> rows, long rowCount,
        List<ReportFigure> totals, List<ReportChart> charts) {

    /** Whether rows were left out of the table (the export has them all). */
    public boolean truncated() {
        return rowCount > rows.size();
    }
}

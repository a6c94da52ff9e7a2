package org.kehu.analytics.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kehu.shared.export.TableExport;

/**
 * One report of the reports page. A new report is a Spring bean implementing this: it is listed on
 * {@code /reports}, gets its page at {@code /reports/{key}} with the filters it names, its CSV and Excel export,
 * its print view and {@code GET /api/v1/reports/{key}}; {@link ReportFilters} checks the parameters and applies
 * the reader's data scope before {@link #run} is called. Figures of sales are net of returns (imported history
 * may carry negative lines); every page says so.
 */
public interface Report {

    /** The URL segment and API name, e.g. {@code contribution}. */
    String key();

    /** Where the report stands on the index page (smaller first). */
    int order();

    /** Message key of the title; {@code <titleKey>.hint} is the one-line description on the index page. */
    default String titleKey() {
        return "analytics.report." + key() + ".title";
    }

    /** The filters that apply. */
    Set<ReportFilterField> filters();

    /** The ways the report can group its figures; empty when it has one. The first is the default. */
    default List<ReportDimension> dimensions() {
        return List.of();
    }

    /** The columns of the table for a filter (the export's header); the default runs the report for them. */
    default List<ReportColumn> columns(ReportFilter filter) {
        return run(filter, 0).columns();
    }

    /**
     * The dimension that shows what stands behind a row of the page's table (its first cell links there with the
     * same filters), or null when the row has no drill-down. Rows are counted from 0.
     */
    default String drillDown(ReportFilter filter, int row) {
        return null;
    }

    /**
     * The dimension behind one cell of the page's table (the cell links there with the same filters), or null.
     * The default is {@link #drillDown(ReportFilter, int)} on the first cell of each row; a report whose table is
     * a grid (RFM's R × F) answers per cell. Rows and columns are counted from 0.
     */
    default String drillDown(ReportFilter filter, int row, int column) {
        return column == 0 ? drillDown(filter, row) : null;
    }

    /**
     * The label of a dimension that is reached only by drilling down (not offered in the page's choice, such as
     * one cell of a grid), or empty when the code is no such dimension. {@link ReportFilters} accepts these codes.
     */
    default Optional<String> unlistedDimension(String code) {
        return Optional.empty();
    }

    /** The table, totals and charts for a checked filter, with at most {@code limit} rows. */
    ReportResult run(ReportFilter filter, int limit);

    /**
     * Every row of the table, in order, for the export. The default runs the report without a limit; a report
     * whose rows may be many (one per customer) streams them instead.
     */
    default void export(ReportFilter filter, TableExport.RowSink sink) {
        run(filter, Integer.MAX_VALUE).rows().forEach(sink::row);
    }
}

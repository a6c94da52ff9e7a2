package org.kehu.analytics.report;

/**
 * One figure of a report's totals (over the whole filtered set, not only the rows shown): its key in the API,
 * the message key of its label, the kind of value and the value ({@code null} when there is nothing to divide).
 */
public record ReportFigure(String key, String labelKey, ReportColumn.Kind kind, Object value) {
}

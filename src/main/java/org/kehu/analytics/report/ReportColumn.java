package org.kehu.analytics.report;

/**
 * A column of a report's table: its key (the field name in the API's rows), the message key of its header
 * and the kind of value, which says how the page formats it and how Excel stores it.
 */
public record ReportColumn(String key, String labelKey, Kind kind) {

    /** How a value is shown: text as it is, whole numbers, money (¥, two decimals), percentages, decimals. */
    public enum Kind {
        TEXT, INTEGER, MONEY, PERCENT, DECIMAL;

        /** Whether the column is a figure (right-aligned, a number cell in Excel). */
        public boolean numeric() {
            return this != TEXT;
        }
    }

    public static ReportColumn text(String key, String labelKey) {
        return new ReportColumn(key, labelKey, Kind.TEXT);
    }

    public static ReportColumn integer(String key, String labelKey) {
        return new ReportColumn(key, labelKey, Kind.INTEGER);
    }

    public static ReportColumn money(String key, String labelKey) {
        return new ReportColumn(key, labelKey, Kind.MONEY);
    }

    public static ReportColumn percent(String key, String labelKey) {
        return new ReportColumn(key, labelKey, Kind.PERCENT);
    }

    public static ReportColumn decimal(String key, String labelKey) {
        return new ReportColumn(key, labelKey, Kind.DECIMAL);
    }
}

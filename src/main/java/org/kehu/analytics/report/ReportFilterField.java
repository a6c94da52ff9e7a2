package org.kehu.analytics.report;

/**
 * The filters a report may offer. Each report says which apply ({@link Report#filters()}); the page shows
 * those, the API reads those, and the others are ignored.
 */
public enum ReportFilterField {
    /** {@code from} and {@code to}, both days included; the last twelve months when not given. */
    PERIOD("from"),
    /** The owner's department with its sub-departments. */
    DEPARTMENT("department"),
    /** One owner (a user id). */
    OWNER("owner"),
    /** The customer's province, a region code such as {@code 110000}. */
    REGION("region"),
    /** The customer's grade, a dictionary code. */
    GRADE("grade"),
    /** The product category of the lines (an id). */
    CATEGORY("category");

    private final String parameter;

    ReportFilterField(String parameter) {
        this.parameter = parameter;
    }

    /** The name of the query parameter (for the period: its first, {@code from}). */
    public String parameter() {
        return parameter;
    }
}

package org.kehu.analytics.report;

/**
 * The filters as the page's form and the API's query string give them, unchecked: {@link ReportFilters}
 * turns them into a {@link ReportFilter} or refuses them, naming the parameter.
 */
public record ReportParameters(String from, String to, String department, String owner, String region,
        String grade, String category, String dimension) {

    public static ReportParameters none() {
        return new ReportParameters(null, null, null, null, null, null, null, null);
    }
}

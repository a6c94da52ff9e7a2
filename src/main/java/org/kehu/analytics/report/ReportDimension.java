package org.kehu.analytics.report;

/** A choice of how a report groups its figures ({@code dimension} parameter): its code and its label's key. */
public record ReportDimension(String code, String labelKey) {
}

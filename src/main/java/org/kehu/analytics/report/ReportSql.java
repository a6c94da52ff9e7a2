package org.kehu.analytics.report;

import java.util.List;

/**
 * The SQL each report runs for a reader who sees everything and sets no filter but the period, with the named
 * parameters {@code :from}, {@code :end} (the day after the period), {@code :limit} and {@code :mid} (the first
 * day of the period's second half). The benchmark times these over JDBC as the "raw SQL of the same figures".
 */
public final class ReportSql {

    private ReportSql() {
    }

    /** The statements of a report, in the order it runs them. */
    public static List<String> of(String report) {
        String period = " where s.day >= :from and s.day < :end";
        return switch (report) {
            case "contribution" -> List.of(ContributionReport.sql(period, false));
            case "composition" -> List.of(CompositionReport.sql("grade_code", " where true"));
            case "transactions" -> List.of(TransactionReport.sql("c.nature_code", true, period));
            case "purchasing-power" -> List.of(PurchasingPowerReport.sql("", false), PurchasingPowerReport.monthlySql("", false));
            default -> throw new IllegalArgumentException("No report " + report);
        };
    }
}

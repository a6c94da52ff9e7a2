package org.kehu.analytics.report;

import java.util.List;

/**
 * The SQL each report runs for a reader who sees everything and sets no filter but the period, with the named
 * parameters {@code :from}, {@code :end} (the day after the period), {@code :limit}, {@code :mid} (the first day of
 * the period's second half), {@code :monthFrom} and {@code :monthEnd} (the whole months in it) and those of
 * {@link org.kehu.analytics.MonthlySales}. The benchmark times these over JDBC as the "raw SQL of the same figures":
 * {@link #of} what the report runs over the last twelve months (the rollups), {@link #fromDays} the same figures
 * summed from the day rows, as every report did before the rollups.
 */
public final class ReportSql {

    private ReportSql() {
    }

    /** The statements of a report over the last twelve months, in the order it runs them. */
    public static List<String> of(String report) {
        return switch (report) {
            case "contribution" -> List.of(ContributionReport.trailingSql());
            case "purchasing-power" -> List.of(PurchasingPowerReport.trailingSql(), PurchasingPowerReport.monthlyTrailingSql());
            default -> fromDays(report);
        };
    }

    /** The statements of the same figures from the day rows. */
    public static List<String> fromDays(String report) {
        String period = " where s.day >= :from and s.day < :end";
        return switch (report) {
            case "contribution" -> List.of(ContributionReport.sql(period, false));
            case "composition" -> List.of(CompositionReport.sql("grade_code", " where true"));
            case "transactions" -> List.of(TransactionReport.sql("c.nature_code", true, period));
            case "transactions-category" -> List.of(TransactionReport.sql("s.category_id::text", false, period));
            case "purchasing-power" -> List.of(PurchasingPowerReport.sql("", false), PurchasingPowerReport.monthlySql("", false));
            default -> throw new IllegalArgumentException("No report " + report);
        };
    }

    /** Transactions by category from the months and edge days, as the report runs it for a reader who sees everyone. */
    public static String transactionsByCategory(java.time.LocalDate from, java.time.LocalDate end,
            java.util.Map<String, Object> params) {
        return "select s.category_id::text as code, s.month, sum(s.amount) as amount from "
                + org.kehu.analytics.MonthlySales.between(from, end, params) + " s group by 1, 2";
    }
}

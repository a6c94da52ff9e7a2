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
            case "rfm" -> List.of(RfmReport.groups(""));
            case "service" -> List.of(ServiceReport.sql("t.type_code", " where t.created_at >= :from and t.created_at < :end"));
            default -> fromDays(report);
        };
    }

    /** A statement with the parameters it needs beside the common ones ({@code :from}, {@code :end}, ...). */
    public record Statement(String sql, java.util.Map<String, Object> params) {
    }

    /**
     * The statements of a report over the period {@code from} to {@code end} (excluded), each with its own
     * parameters: transactions by nature reads the rollup per province and nature; statistics runs its three
     * statements for the period and again for the same period a year before (the survey answers it adds come from
     * the support module and are not among them); the others as {@link #of(String)}.
     */
    public static List<Statement> statements(String report, java.time.LocalDate from, java.time.LocalDate end) {
        return switch (report) {
            case "transactions" -> {
                java.util.Map<String, Object> params = new java.util.HashMap<>();
                yield List.of(new Statement(transactionsByNature(from, end, params), params));
            }
            case "statistics" -> {
                List<Statement> all = new java.util.ArrayList<>();
                for (int yearsBack = 0; yearsBack <= 1; yearsBack++) {
                    java.util.Map<String, Object> params = new java.util.HashMap<>();
                    StatisticsReport.statements(from.minusYears(yearsBack), end.minusYears(yearsBack), params)
                            .forEach(sql -> all.add(new Statement(sql, params)));
                }
                yield all;
            }
            default -> of(report).stream().map(sql -> new Statement(sql, java.util.Map.<String, Object>of())).toList();
        };
    }

    /**
     * What the benchmark sets beside {@link #statements} as "before": the same figures from the day rows
     * ({@link #fromDays}) for the reports that summed those, the statistics' figures from the customers and orders
     * themselves (as counted before the owner counts), the period and the year before; the others as they run now.
     */
    public static List<Statement> before(String report, java.time.LocalDate from, java.time.LocalDate end) {
        return switch (report) {
            case "contribution", "composition", "transactions", "purchasing-power" ->
                    fromDays(report).stream().map(sql -> new Statement(sql, java.util.Map.<String, Object>of())).toList();
            case "statistics" -> {
                List<Statement> all = new java.util.ArrayList<>();
                for (int yearsBack = 0; yearsBack <= 1; yearsBack++) {
                    java.util.Map<String, Object> params = new java.util.HashMap<>();
                    StatisticsReport.baseTableStatements(from.minusYears(yearsBack), end.minusYears(yearsBack), params)
                            .forEach(sql -> all.add(new Statement(sql, params)));
                }
                yield all;
            }
            default -> statements(report, from, end);
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

    /**
     * Transactions by customer nature from the rollup per province and nature and the edge days under the snapshot,
     * as the report runs it for a reader who sees everyone and filters nothing by grade.
     */
    public static String transactionsByNature(java.time.LocalDate from, java.time.LocalDate end,
            java.util.Map<String, Object> params) {
        return "select s.nature_code as code, s.month, sum(s.amount) as amount from "
                + org.kehu.analytics.MonthlySalesByCustomerAttributes.between(from, end, params) + " s group by 1, 2";
    }

    /** Transactions by category from the months and edge days, as the report runs it for a reader who sees everyone. */
    public static String transactionsByCategory(java.time.LocalDate from, java.time.LocalDate end,
            java.util.Map<String, Object> params) {
        return "select s.category_id::text as code, s.month, sum(s.amount) as amount from "
                + org.kehu.analytics.MonthlySales.between(from, end, params) + " s group by 1, 2";
    }
}

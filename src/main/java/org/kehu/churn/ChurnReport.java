package org.kehu.churn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 客户流失分析: the churn confirmed from {@code from} to {@code to} (inclusive), within the reader's data scope.
 * {@code rows} are the counts per month, reason, province and grade (the customer's present province and grade);
 * {@code totals} add them up per dimension. Share is the part of the total, 0–1.
 */
public record ChurnReport(LocalDate from, LocalDate to, List<Row> rows, Totals totals) {

    /** Confirmed churn of one month, reason, province and grade. */
    public record Row(String month, String reasonCode, String reason, String regionCode, String region, String gradeCode,
            String grade, long count) {
    }

    /** One value of a dimension with its count and share of the total. */
    public record Share(String code, String label, long count, BigDecimal share) {
    }

    /** The total, and the breakdowns by reason, region, grade and month (every month of the period, zeros too). */
    public record Totals(long count, List<Share> byReason, List<Share> byRegion, List<Share> byGrade, List<Share> byMonth) {
    }
}

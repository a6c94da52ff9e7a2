package org.kehu.analytics.report;

import java.util.Map;

/**
 * The {@code where} clause of a query of the sales read model ({@code analytics_sales_day s}, joined to
 * {@code customer c} when a customer attribute is filtered or shown): the period, the reader's data scope and the
 * owner filters on the order's owner (as the order list applies them), the customer's province and grade, the
 * product category.
 */
final class SalesWhere {

    private SalesWhere() {
    }

    /** Whether the query must join {@code customer c} for the filter alone. */
    static boolean needsCustomer(ReportFilter f) {
        return f.region() != null || f.grade() != null;
    }

    static String of(ReportFilter f, Map<String, Object> params) {
        params.put("from", f.from());
        params.put("end", f.end());
        return " where s.day >= :from and s.day < :end" + conditions(f, params);
    }

    /**
     * The conditions but the period on {@link org.kehu.analytics.MonthlySalesByCustomerAttributes}: the province is
     * its column; the grade is not there (a filter by grade reads the day rows joined to the customer).
     */
    static String attributeConditions(ReportFilter f, Map<String, Object> params) {
        if (f.grade() != null) {
            throw new IllegalArgumentException("The grade is not in the rollup by province and nature");
        }
        return conditions(f, "s.province_code", params);
    }

    /** The conditions but the period, each starting with {@code and}: for {@link org.kehu.analytics.MonthlySales}. */
    static String conditions(ReportFilter f, Map<String, Object> params) {
        return conditions(f, "c.province_code", params);
    }

    private static String conditions(ReportFilter f, String province, Map<String, Object> params) {
        StringBuilder w = new StringBuilder();
        if (!f.scope().all()) {
            w.append(" and s.owner_id = any(:scope)");
            params.put("scope", f.scope().ownerIdArray());
        }
        if (f.owners() != null) {
            w.append(" and s.owner_id = any(:owners)");
            params.put("owners", f.owners().toArray(Long[]::new));
        }
        if (f.region() != null) {
            w.append(" and ").append(province).append(" = :region");
            params.put("region", f.region());
        }
        if (f.grade() != null) {
            w.append(" and c.grade_code = :grade");
            params.put("grade", f.grade());
        }
        if (f.category() != null) {
            w.append(" and s.category_id = :category");
            params.put("category", f.category());
        }
        return w.toString();
    }
}

package org.kehu.analytics.report;

import java.util.Map;

/**
 * The {@code where} conditions on {@code customer c} of the customer-based reports (composition, purchasing
 * power): the reader's data scope and the owner filters apply to the customer's owner, as on the customer list;
 * then the province and the grade. Answers the conditions, each starting with {@code and}.
 */
final class CustomerWhere {

    private CustomerWhere() {
    }

    /** Whether any condition needs the customer table. */
    static boolean any(ReportFilter f) {
        return !f.scope().all() || f.owners() != null || f.region() != null || f.grade() != null;
    }

    static String of(ReportFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder();
        if (!f.scope().all()) {
            w.append(" and c.owner_id = any(:scope)");
            params.put("scope", f.scope().ownerIdArray());
        }
        if (f.owners() != null) {
            w.append(" and c.owner_id = any(:owners)");
            params.put("owners", f.owners().toArray(Long[]::new));
        }
        if (f.region() != null) {
            w.append(" and c.province_code = :region");
            params.put("region", f.region());
        }
        if (f.grade() != null) {
            w.append(" and c.grade_code = :grade");
            params.put("grade", f.grade());
        }
        return w.toString();
    }
}

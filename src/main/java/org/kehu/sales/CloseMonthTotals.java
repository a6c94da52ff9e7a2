package org.kehu.sales;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.OwnerScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open opportunities with an expected close date, per close month, from the totals per month and owner that
 * V486's triggers keep: the one reader of that table for the home pages' pipeline forecast ({@link Pipeline}) and the
 * forecast page's pipeline ({@link Opportunities}). The weighted amount is exact (not rounded): each caller rounds
 * what it shows, after adding months up if it does.
 */
@Component
class CloseMonthTotals {

    private final JdbcClient jdbc;

    CloseMonthTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The months with open opportunities, in order, within the scope and, when not null, among these owners. */
    List<PipelineMonth> byMonth(OwnerScope scope, Long[] owners) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            where.append(" and t.owner_id = any(:scope)");
            params.put("scope", scope.ownerIdArray());
        }
        if (owners != null) {
            where.append(" and t.owner_id = any(:owners)");
            params.put("owners", owners);
        }
        return jdbc.sql("select t.month, sum(t.n), sum(t.amount), sum(t.weighted) from opportunity_open_close_month t"
                        + where + " group by 1 having sum(t.n) > 0 order by 1")
                .params(params)
                .query((rs, n) -> new PipelineMonth(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list();
    }
}

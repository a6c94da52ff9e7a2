package org.kehu.sales;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads opportunities for other modules (tasks attached to an opportunity, ...). The signed-in user's data
 * scope applies: an opportunity outside it is not found.
 */
@Service
public class Opportunities {

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final CloseMonthTotals closeMonths;

    Opportunities(JdbcClient jdbc, UserDirectory users, CloseMonthTotals closeMonths) {
        this.closeMonths = closeMonths;
        this.jdbc = jdbc;
        this.users = users;
    }

    /** The opportunity, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<OpportunitySummary> find(long id) {
        return jdbc.sql("select id, prospect_name, owner_id, customer_id, status from opportunity where id = :id")
                .param("id", id)
                .query((rs, n) -> new OpportunitySummary(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getObject(4, Long.class), rs.getString(5)))
                .optional().filter(o -> users.currentUser().map(u -> users.ownerScope(u).permits(o.ownerId())).orElse(false));
    }

    /**
     * The signed-in user's visible opportunities of one source (dictionary OPPORTUNITY_SOURCE, e.g.
     * {@code CAMPAIGN}), newest first: what a campaign may claim as its own.
     */
    @Transactional(readOnly = true)
    public List<OpportunitySummary> ofSource(String sourceCode, int limit) {
        OwnerScope scope = users.ownerScope();
        return jdbc.sql("select id, prospect_name, owner_id, customer_id, status from opportunity where source_code = :source"
                        + (scope.all() ? "" : " and owner_id = any(:scope)") + " order by created_at desc, id desc limit :limit")
                .param("source", sourceCode).param("limit", limit)
                .params(scope.all() ? Map.of() : Map.of("scope", scope.ownerIdArray()))
                .query((rs, n) -> new OpportunitySummary(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getObject(4, Long.class), rs.getString(5)))
                .list();
    }

    /**
     * The pipeline forecast: open opportunities (new, assigned, developing) with an expected close date, by the month
     * of that date (those without an amount count and add nothing), within the signed-in user's data scope and, when
     * given, among the owners of a department (with its sub-departments). Read from the totals per close month and
     * owner that V486's triggers keep, as the home pages' pipeline forecast: a few rows per owner and month instead of
     * every open opportunity (100 ms at a million).
     */
    @Transactional(readOnly = true)
    public List<PipelineMonth> pipelineByCloseMonth(Long departmentId) {
        Long[] owners = departmentId == null ? null : users.usersInDepartmentTree(departmentId).toArray(Long[]::new);
        return closeMonths.byMonth(users.ownerScope(), owners).stream()
                .map(m -> new PipelineMonth(m.month(), m.count(), m.amount(), m.weighted().setScale(2, RoundingMode.HALF_UP)))
                .toList();
    }
}

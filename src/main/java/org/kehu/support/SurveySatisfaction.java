package org.kehu.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.identity.OwnerScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction customers gave in surveys, for reports: the 1–5 answers to the scale questions of satisfaction
 * surveys ({@code survey_answer.scale_value}), dated by when the invitation was answered and counted on the
 * customer's owner (the survey asks how the customer is served, not one ticket). Ticket ratings are the other
 * source of satisfaction; the reports add the two. The caller applies its reader's scope through the arguments.
 */
@Component
@Transactional(readOnly = true)
public class SurveySatisfaction {

    /** How many 1–5 answers, and the sum of their points. */
    public record Tally(long answers, long points) {

        public static final Tally NONE = new Tally(0, 0);

        public Tally plus(Tally other) {
            return new Tally(answers + other.answers, points + other.points);
        }
    }

    private final JdbcClient jdbc;

    SurveySatisfaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The answers given in {@code [from, end)} by customers whose owner the scope permits and, when
     * {@code owners} is not null, is one of them; per customer owner.
     */
    public Map<Long, Tally> perOwner(Instant from, Instant end, OwnerScope scope, Collection<Long> owners) {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        query("c.owner_id", from, end, scope, owners).query((rs, n) -> tallies.put(rs.getLong(1),
                new Tally(rs.getLong(2), rs.getLong(3)))).list();
        return tallies;
    }

    /** How many answers gave each score: index 0 for 1 point … index 4 for 5, same conditions as {@link #perOwner}. */
    public long[] distribution(Instant from, Instant end, OwnerScope scope, Collection<Long> owners) {
        long[] counts = new long[5];
        query("a.scale_value", from, end, scope, owners).query((rs, n) -> counts[rs.getInt(1) - 1] = rs.getLong(2))
                .list();
        return counts;
    }

    private JdbcClient.StatementSpec query(String groupBy, Instant from, Instant end, OwnerScope scope,
            Collection<Long> owners) {
        StringBuilder sql = new StringBuilder("select " + groupBy + ", count(*), sum(a.scale_value)"
                + " from survey_answer a join survey_invitation i on i.id = a.invitation_id"
                + " join survey_question q on q.id = a.question_id and q.kind = 'SCALE'"
                + " join customer c on c.id = i.customer_id"
                + " where a.scale_value is not null and i.answered_at >= :from and i.answered_at < :end"
                + " and c.owner_id is not null");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Timestamp.from(from));
        params.put("end", Timestamp.from(end));
        if (!scope.all()) {
            sql.append(" and c.owner_id = any(:scope)");
            params.put("scope", scope.ownerIdArray());
        }
        if (owners != null) {
            sql.append(" and c.owner_id = any(:owners)");
            params.put("owners", owners.toArray(Long[]::new));
        }
        sql.append(" group by ").append(groupBy);
        return jdbc.sql(sql.toString()).params(params);
    }
}

package org.kehu.support;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a customer rates our service: the mean of their contacts' 1–5 answers to the scale questions of
 * satisfaction surveys and of the satisfaction they gave closing service tickets, over the past two years. For
 * other modules (the loyalty rating proposes a grade from it); the caller has checked the customer's scope.
 */
@Component
@Transactional(readOnly = true)
public class ServiceEvaluation {

    /** The mean score (1–5) and how many answers it rests on. */
    public record Score(double mean, int answers) {
    }

    private final JdbcClient jdbc;

    ServiceEvaluation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Score> of(long customerId, LocalDate today) {
        var since = today.minusYears(2).atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime();
        return jdbc.sql("""
                select avg(v)::float8 as mean, count(*)::int as answers from (
                  select a.scale_value as v from survey_answer a
                    join survey_invitation i on i.id = a.invitation_id
                    join survey_question q on q.id = a.question_id
                   where i.customer_id = :c and q.kind = 'SCALE' and a.scale_value is not null and i.answered_at >= :since
                  union all
                  select t.satisfaction from ticket t
                   where t.customer_id = :c and t.satisfaction is not null and t.created_at >= :since) s""")
                .param("c", customerId).param("since", since)
                .query((rs, n) -> new Score(rs.getDouble("mean"), rs.getInt("answers"))).optional()
                .filter(s -> s.answers() > 0);
    }
}

package org.kehu.support.survey;

import org.kehu.customer.CustomerDeleted;
import org.kehu.customer.CustomersMerged;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps survey invitations with their customer: a merge moves them (in the merge's transaction); a
 * customer who was invited to a survey cannot be deleted, since their answers would lose their sender.
 */
@Component
class SurveyCustomerListener {

    private final JdbcClient jdbc;

    SurveyCustomerListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        jdbc.sql("update survey_invitation set customer_id = :target where customer_id = :source")
                .param("target", merged.targetId()).param("source", merged.sourceId()).update();
    }

    @EventListener
    void on(CustomerDeleted deleted) {
        if (jdbc.sql("select exists(select 1 from survey_invitation where customer_id = :c)").param("c", deleted.customerId())
                .query(Boolean.class).single()) {
            throw new RuleViolationException("survey.error.customer-invited",
                    "The customer was invited to a survey and cannot be deleted");
        }
    }
}

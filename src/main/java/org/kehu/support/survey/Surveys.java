package org.kehu.support.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Satisfaction surveys: written, edited until first sent (409 afterwards), listed and read. */
@Service
@Transactional
public class Surveys {

    private final SurveyRepository surveys;
    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;

    Surveys(SurveyRepository surveys, JdbcClient jdbc, UserDirectory users, AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('survey.view')")
    @Transactional(readOnly = true)
    public List<SurveySummary> list() {
        return jdbc.sql("""
                select s.id, s.title, s.language, s.expires_on, s.first_sent_at, s.created_at,
                       (select count(*) from survey_invitation i where i.survey_id = s.id) as invited,
                       (select count(*) from survey_invitation i where i.survey_id = s.id and i.answered_at is not null) as answered
                  from survey s order by s.created_at desc, s.id desc limit 500""").query(SurveySummary.class).list();
    }

    @PreAuthorize("hasAuthority('survey.view')")
    @Transactional(readOnly = true)
    public SurveyDetails get(long id) {
        return load(id).details();
    }

    @PreAuthorize("hasAuthority('survey.edit')")
    public SurveyDetails create(SurveyInput input) {
        SurveyChecks.check(input, today());
        Survey survey = new Survey(users.requireCurrentUser().id(), clock.instant());
        survey.apply(input, clock.instant());
        surveys.saveAndFlush(survey);
        audit.recordChange(AuditAction.CREATE, "survey", survey.getId(), survey.getTitle(), null, Map.of("title", survey.getTitle()));
        return survey.details();
    }

    /** Replaces texts and questions; refused (409) once the survey was sent, or when {@code version} is stale. */
    @PreAuthorize("hasAuthority('survey.edit')")
    public SurveyDetails update(long id, SurveyInput input) {
        Survey survey = load(id);
        if (survey.isSent()) {
            throw new RuleViolationException("survey.error.already-sent", "The survey was sent and can no longer be changed");
        }
        if (input.version() == null) {
            throw InvalidInputException.of("version", "survey.error.version-required");
        }
        if (input.version() != survey.getVersion()) {
            throw new ConcurrentEditException("Survey", id);
        }
        SurveyChecks.check(input, today());
        String before = survey.getTitle();
        survey.apply(input, clock.instant());
        surveys.saveAndFlush(survey);
        audit.recordChange(AuditAction.UPDATE, "survey", id, survey.getTitle(), Map.of("title", before),
                Map.of("title", survey.getTitle()));
        return survey.details();
    }

    Survey load(long id) {
        return surveys.findById(id).orElseThrow(() -> new RecordNotFoundException("Survey", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }
}

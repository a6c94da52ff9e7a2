package org.kehu.support.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering through a personal link, without login: the token is the only credential. A link answers once
 * (409 afterwards) and only until the survey expires (410); an unknown token is 404. Answers are checked
 * per question and each problem is named by the field {@code q<questionId>}.
 */
@Service
@Transactional
public class SurveyAnswering {

    static final int MAX_TEXT = 2000;

    private final SurveyRepository surveys;
    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyAnswering(SurveyRepository surveys, JdbcClient jdbc, Clock clock) {
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Invitation(long id, long surveyId, String customerName, String contactName, Instant answeredAt,
            LocalDate expiresOn) {
    }

    /** The survey behind a link that can still be answered. */
    @Transactional(readOnly = true)
    public PublicSurvey open(String token) {
        Invitation invitation = usable(token);
        return view(invitation);
    }

    /**
     * Records the answers: {@code values} maps question id to the answer as text (a scale's number, a
     * choice's option, a text). All questions are checked before anything is saved.
     */
    public PublicSurvey answer(String token, Map<Long, String> values) {
        Invitation invitation = usable(token);
        Survey survey = surveys.findById(invitation.surveyId()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<SurveyQuestion, String> accepted = new LinkedHashMap<>();
        for (SurveyQuestion q : survey.getQuestions()) {
            var d = q.details();
            String value = values == null ? null : values.get(d.id());
            value = value == null || value.isBlank() ? null : value.strip();
            String field = "q" + d.id();
            if (value == null) {
                if (d.required()) {
                    errors.put(field, d.kind() == QuestionKind.SCALE ? "survey.answer.scale-required" : "survey.answer.required");
                }
                continue;
            }
            switch (d.kind()) {
                case SCALE -> {
                    if (!value.matches("[1-5]")) {
                        errors.put(field, "survey.answer.scale-range");
                        continue;
                    }
                }
                case CHOICE -> {
                    if (!d.options().contains(value)) {
                        errors.put(field, "survey.answer.choice-unknown");
                        continue;
                    }
                }
                case TEXT -> {
                    if (value.length() > MAX_TEXT) {
                        errors.put(field, "survey.answer.too-long");
                        continue;
                    }
                }
            }
            accepted.put(q, value);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // The update is the "once" guard: of two submissions at the same moment only one finds the link unanswered.
        int marked = jdbc.sql("update survey_invitation set answered_at = :now where id = :id and answered_at is null")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", invitation.id()).update();
        if (marked == 0) {
            throw new SurveyLinkUsedException();
        }
        accepted.forEach((q, value) -> {
            var d = q.details();
            jdbc.sql("insert into survey_answer(invitation_id, question_id, scale_value, choice, text_value) values (:i, :q, :scale, :choice, :text)")
                    .param("i", invitation.id()).param("q", d.id())
                    .param("scale", d.kind() == QuestionKind.SCALE ? Integer.valueOf(value) : null)
                    .param("choice", d.kind() == QuestionKind.CHOICE ? value : null)
                    .param("text", d.kind() == QuestionKind.TEXT ? value : null).update();
        });
        return view(invitation);
    }

    /** Title and language of the survey behind any known token, answered or expired, for the page that says so. */
    @Transactional(readOnly = true)
    public PublicSurvey peek(String token) {
        return view(find(token));
    }

    private Invitation usable(String token) {
        Invitation invitation = find(token);
        switch (SurveyLinks.state(invitation.answeredAt(), invitation.expiresOn(), clock.instant())) {
            case ANSWERED -> throw new SurveyLinkUsedException();
            case EXPIRED -> throw new SurveyLinkExpiredException();
            default -> {
                return invitation;
            }
        }
    }

    private Invitation find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw new RecordNotFoundException("Survey link", "?");
        }
        return jdbc.sql("""
                select i.id, i.survey_id, i.customer_name, i.contact_name, i.answered_at, s.expires_on
                  from survey_invitation i join survey s on s.id = i.survey_id where i.token_hash = :hash""")
                .param("hash", SurveyLinks.hash(token)).query(Invitation.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("Survey link", "?"));
    }

    private PublicSurvey view(Invitation invitation) {
        Survey survey = surveys.findById(invitation.surveyId()).orElseThrow();
        List<SurveyDetails.Question> questions = survey.getQuestions().stream().map(SurveyQuestion::details).toList();
        SurveyDetails d = survey.details();
        return new PublicSurvey(d.title(), d.intro(), d.language(), d.expiresOn(), invitation.contactName(),
                invitation.customerName(), questions);
    }
}

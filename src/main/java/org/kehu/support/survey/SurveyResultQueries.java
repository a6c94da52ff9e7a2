package org.kehu.support.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kehu.shared.RecordNotFoundException;
import org.kehu.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Results of a survey, counted in SQL, and the stream of every answer for the CSV export. */
@Service
@Transactional(readOnly = true)
public class SurveyResultQueries {

    /** The per-customer list and the text answers show the newest this many. */
    static final int LIST_LIMIT = 500;

    /** Only the invitations of customers the reader may see (a read of the customer table, as ticket lists do). */
    private static final String IN_SCOPE = " and (:all or exists (select 1 from customer c where c.id = i.customer_id"
            + " and c.owner_id = any(:owners)))";

    private final SurveyRepository surveys;
    private final JdbcClient jdbc;
    private final UserDirectory users;

    SurveyResultQueries(SurveyRepository surveys, JdbcClient jdbc, UserDirectory users) {
        this.users = users;
        this.surveys = surveys;
        this.jdbc = jdbc;
    }

    /** One answer as the export writes it. */
    public record AnswerLine(String customerName, String contactName, String email, java.time.Instant answeredAt,
            int position, String question, String answer) {
    }

    /** One invitation of a customer's contact, answered or not. */
    public record CustomerInvitation(long surveyId, String title, String contactName, java.time.Instant sentAt,
            java.time.Instant answeredAt) {
    }

    /** The customer's invitations, newest first (the caller checks the customer's scope). */
    @PreAuthorize("hasAuthority('survey.view')")
    public List<CustomerInvitation> invitationsOf(long customerId) {
        return jdbc.sql("""
                select i.survey_id, s.title, i.contact_name, i.sent_at, i.answered_at
                  from survey_invitation i join survey s on s.id = i.survey_id
                 where i.customer_id = :c order by i.sent_at desc, i.id desc limit 100""")
                .param("c", customerId).query(CustomerInvitation.class).list();
    }

    @PreAuthorize("hasAuthority('survey.view')")
    public SurveyResults results(long surveyId) {
        Survey survey = surveys.findById(surveyId).orElseThrow(() -> new RecordNotFoundException("Survey", surveyId));
        SurveyDetails details = survey.details();
        long invited = jdbc.sql("select count(*) from survey_invitation where survey_id = :s").param("s", surveyId)
                .query(Long.class).single();
        long answered = jdbc.sql("select count(*) from survey_invitation where survey_id = :s and answered_at is not null")
                .param("s", surveyId).query(Long.class).single();
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("""
                select a.question_id, coalesce(cast(a.scale_value as varchar), a.choice) as value, count(*) as n
                  from survey_answer a join survey_invitation i on i.id = a.invitation_id
                 where i.survey_id = :s and (a.scale_value is not null or a.choice is not null)
                 group by 1, 2""").param("s", surveyId)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)))
                .list();
        Map<Long, List<String>> texts = new HashMap<>();
        jdbc.sql("""
                select a.question_id, a.text_value from survey_answer a join survey_invitation i on i.id = a.invitation_id
                 where i.survey_id = :s and a.text_value is not null order by i.answered_at desc, a.id desc limit :limit""")
                .param("s", surveyId).param("limit", LIST_LIMIT * Math.max(1, details.questions().size()))
                .query((rs, n) -> texts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        List<SurveyResults.QuestionResult> questions = new ArrayList<>();
        for (SurveyDetails.Question q : details.questions()) {
            Map<String, Long> c = counts.getOrDefault(q.id(), Map.of());
            List<String> values = switch (q.kind()) {
                case SCALE -> List.of("1", "2", "3", "4", "5");
                case CHOICE -> q.options();
                case TEXT -> List.of();
            };
            List<SurveyResults.Count> list = values.stream().map(v -> new SurveyResults.Count(v, c.getOrDefault(v, 0L))).toList();
            long total = q.kind() == QuestionKind.TEXT ? texts.getOrDefault(q.id(), List.of()).size()
                    : c.values().stream().mapToLong(Long::longValue).sum();
            Double average = null;
            if (q.kind() == QuestionKind.SCALE && total > 0) {
                double sum = list.stream().mapToDouble(x -> Integer.parseInt(x.value()) * (double) x.count()).sum();
                average = Math.round(sum / total * 100) / 100.0;
            }
            List<String> t = texts.getOrDefault(q.id(), List.of());
            questions.add(new SurveyResults.QuestionResult(q.id(), q.position(), q.kind(), q.text(), total, average, list,
                    t.size() > LIST_LIMIT ? t.subList(0, LIST_LIMIT) : t));
        }
        return new SurveyResults(surveyId, details.title(), invited, answered, questions, customers(details));
    }

    /** Every answer, contact by contact in the order they answered, for the export. */
    @PreAuthorize("hasAuthority('survey.view')")
    public void forEachAnswer(long surveyId, Consumer<AnswerLine> sink) {
        if (!surveys.existsById(surveyId)) {
            throw new RecordNotFoundException("Survey", surveyId);
        }
        var scope = users.ownerScope();
        jdbc.sql("""
                select i.customer_name, i.contact_name, i.email, i.answered_at, q.position, q.text as question,
                       coalesce(cast(a.scale_value as varchar), a.choice, a.text_value) as answer
                  from survey_invitation i join survey_answer a on a.invitation_id = i.id
                  join survey_question q on q.id = a.question_id
                 where i.survey_id = :s""" + IN_SCOPE + " order by i.answered_at, i.id, q.position").param("s", surveyId)
                .param("all", scope.all()).param("owners", scope.ownerIdArray())
                .query(AnswerLine.class).stream().forEach(sink);
    }

    private List<SurveyResults.CustomerAnswers> customers(SurveyDetails details) {
        var scope = users.ownerScope();
        record Inv(long id, long customerId, String customerName, String contactName, java.time.Instant answeredAt) {
        }
        List<Inv> invitations = jdbc.sql("""
                select i.id, i.customer_id, i.customer_name, i.contact_name, i.answered_at
                  from survey_invitation i
                 where i.survey_id = :s and i.answered_at is not null""" + IN_SCOPE + " order by i.answered_at desc, i.id desc limit :limit")
                .param("s", details.id()).param("all", scope.all()).param("owners", scope.ownerIdArray()).param("limit", LIST_LIMIT).query(Inv.class).list();
        if (invitations.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, String>> answers = new HashMap<>();
        jdbc.sql("""
                select invitation_id, question_id, coalesce(cast(scale_value as varchar), choice, text_value)
                  from survey_answer where invitation_id = any(:ids)""")
                .param("ids", invitations.stream().map(Inv::id).toArray(Long[]::new))
                .query((rs, n) -> answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3)))
                .list();
        return invitations.stream().map(i -> new SurveyResults.CustomerAnswers(i.id(), i.customerId(), i.customerName(),
                i.contactName(), i.answeredAt(), details.questions().stream()
                        .map(q -> answers.getOrDefault(i.id(), Map.of()).get(q.id())).toList())).toList();
    }
}

package org.kehu.support.survey;

import java.time.Instant;
import java.util.List;

/**
 * The results of a survey: per question the counts of each scale value or option, the average score and the
 * text answers; per answering contact their answers in question order.
 */
public record SurveyResults(long surveyId, String title, long invited, long answered, List<QuestionResult> questions,
        List<CustomerAnswers> customers) {

    /** {@code average} only for SCALE; {@code counts} for SCALE (1–5) and CHOICE (each option); {@code texts} for TEXT. */
    public record QuestionResult(long questionId, int position, QuestionKind kind, String text, long answers,
            Double average, List<Count> counts, List<String> texts) {
    }

    public record Count(String value, long count) {
    }

    /** One contact's answers, in question order (null where they left a question out). */
    public record CustomerAnswers(long invitationId, long customerId, String customerName, String contactName,
            Instant answeredAt, List<String> answers) {
    }
}

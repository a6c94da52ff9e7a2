package org.kehu.support.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A survey with its questions in order; {@code sent} once the first invitation went out (no more edits). */
public record SurveyDetails(long id, String title, String intro, String language, LocalDate expiresOn, boolean sent,
        Instant firstSentAt, Instant createdAt, long version, List<Question> questions) {

    /** One question; {@code options} is empty unless the kind is CHOICE. */
    public record Question(long id, int position, QuestionKind kind, String text, List<String> options, boolean required) {
    }
}

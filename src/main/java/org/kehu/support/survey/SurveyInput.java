package org.kehu.support.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * A survey as the form or the API sends it. {@code version} is required when updating. {@code language}
 * is {@code zh} (default) or {@code en}: the language of the answer page and the invitation.
 */
public record SurveyInput(String title, String intro, String language, LocalDate expiresOn, List<Question> questions,
        Long version) {

    public SurveyInput {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A question; {@code options} only for CHOICE; {@code required} defaults to true. */
    public record Question(QuestionKind kind, String text, List<String> options, Boolean required) {

        List<String> cleanOptions() {
            return options == null ? List.of()
                    : options.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
        }
    }
}

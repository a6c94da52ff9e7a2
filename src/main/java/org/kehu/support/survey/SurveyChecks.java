package org.kehu.support.survey;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.shared.InvalidInputException;

/**
 * The rules of a survey's content, with the field each problem belongs to ({@code questions[2].options}),
 * so that forms show it beside the field and the API names it.
 */
final class SurveyChecks {

    static final int MAX_QUESTIONS = 50;

    private SurveyChecks() {
    }

    static void check(SurveyInput in, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.title() == null || in.title().isBlank()) {
            errors.put("title", "survey.error.title-required");
        } else if (in.title().strip().length() > 200) {
            errors.put("title", "survey.error.too-long");
        }
        if (in.intro() != null && in.intro().length() > 5000) {
            errors.put("intro", "survey.error.too-long");
        }
        if (in.language() != null && !in.language().isBlank() && !List.of("zh", "en").contains(in.language().strip())) {
            errors.put("language", "survey.error.language");
        }
        if (in.expiresOn() == null) {
            errors.put("expiresOn", "survey.error.expiry-required");
        } else if (in.expiresOn().isBefore(today)) {
            errors.put("expiresOn", "survey.error.expiry-past");
        }
        if (in.questions().isEmpty()) {
            errors.put("questions", "survey.error.no-questions");
        } else if (in.questions().size() > MAX_QUESTIONS) {
            errors.put("questions", "survey.error.too-many-questions");
        }
        for (int i = 0; i < in.questions().size(); i++) {
            SurveyInput.Question q = in.questions().get(i);
            String field = "questions[" + i + "]";
            if (q == null || q.kind() == null) {
                errors.put(field + ".kind", "survey.error.kind-required");
                continue;
            }
            if (q.text() == null || q.text().isBlank()) {
                errors.put(field + ".text", "survey.error.question-required");
            } else if (q.text().strip().length() > 500) {
                errors.put(field + ".text", "survey.error.too-long");
            }
            if (q.kind() == QuestionKind.CHOICE) {
                List<String> options = q.cleanOptions();
                Set<String> distinct = new HashSet<>(options);
                if (options.size() < 2) {
                    errors.put(field + ".options", "survey.error.options-required");
                } else if (distinct.size() != options.size()) {
                    errors.put(field + ".options", "survey.error.options-duplicate");
                } else if (options.stream().anyMatch(o -> o.length() > 200)) {
                    errors.put(field + ".options", "survey.error.too-long");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

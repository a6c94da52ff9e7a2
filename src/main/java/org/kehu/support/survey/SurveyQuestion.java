package org.kehu.support.survey;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One question of a survey; a choice question keeps its options one per line. */
@Entity
@Table(name = "survey_question")
class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    private String text;
    private String options;
    private boolean required;

    protected SurveyQuestion() {
    }

    SurveyQuestion(Survey survey, int position, SurveyInput.Question in) {
        this.survey = survey;
        this.position = position;
        this.kind = in.kind();
        this.text = in.text().strip();
        this.options = in.kind() == QuestionKind.CHOICE ? String.join("\n", in.cleanOptions()) : null;
        this.required = in.required() == null || in.required();
    }

    List<String> optionList() {
        return options == null ? List.of() : Arrays.stream(options.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    SurveyDetails.Question details() {
        return new SurveyDetails.Question(id, position, kind, text, optionList(), required);
    }
}

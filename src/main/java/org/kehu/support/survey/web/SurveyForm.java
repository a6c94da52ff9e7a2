package org.kehu.support.survey.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kehu.support.survey.QuestionKind;
import org.kehu.support.survey.SurveyDetails;
import org.kehu.support.survey.SurveyInput;
import org.springframework.format.annotation.DateTimeFormat;

/** The survey form: texts and a growing list of questions (a choice's options one per line). */
public class SurveyForm {

    private String title;
    private String intro;
    private String language = "zh";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;
    private List<QuestionForm> questions = new ArrayList<>();
    private Long version;

    /** One question row of the form. */
    public static class QuestionForm {
        private QuestionKind kind = QuestionKind.SCALE;
        private String text;
        private String options;
        private boolean required = true;

        public QuestionForm() {
        }

        QuestionForm(QuestionKind kind) {
            this.kind = kind;
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }

    static SurveyForm of(SurveyDetails d) {
        SurveyForm f = new SurveyForm();
        f.title = d.title();
        f.intro = d.intro();
        f.language = d.language();
        f.expiresOn = d.expiresOn();
        f.version = d.version();
        for (SurveyDetails.Question q : d.questions()) {
            QuestionForm qf = new QuestionForm(q.kind());
            qf.text = q.text();
            qf.options = String.join("\n", q.options());
            qf.required = q.required();
            f.questions.add(qf);
        }
        return f;
    }

    SurveyInput toInput() {
        return new SurveyInput(title, intro, language, expiresOn, questions.stream()
                .map(q -> new SurveyInput.Question(q.kind, q.text,
                        q.options == null ? List.of() : Arrays.asList(q.options.split("\\R")), q.required))
                .toList(), version);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public List<QuestionForm> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionForm> questions) {
        this.questions = questions;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

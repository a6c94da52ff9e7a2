package org.kehu.support.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A satisfaction survey: its texts, expiry date and ordered questions. Editable until it is first sent. */
@Entity
@Table(name = "survey")
class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String intro;
    private String language;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "first_sent_at")
    private Instant firstSentAt;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected Survey() {
    }

    Survey(long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(SurveyInput in, Instant now) {
        title = in.title().strip();
        intro = in.intro() == null || in.intro().isBlank() ? null : in.intro().strip();
        language = in.language() == null || in.language().isBlank() ? "zh" : in.language().strip();
        expiresOn = in.expiresOn();
        questions.clear();
        int position = 1;
        for (SurveyInput.Question q : in.questions()) {
            questions.add(new SurveyQuestion(this, position++, q));
        }
        updatedAt = now;
    }

    boolean isSent() {
        return firstSentAt != null;
    }

    void markSent(Instant now) {
        if (firstSentAt == null) {
            firstSentAt = now;
        }
    }

    SurveyDetails details() {
        return new SurveyDetails(id, title, intro, language, expiresOn, firstSentAt != null, firstSentAt, createdAt, version,
                questions.stream().map(SurveyQuestion::details).toList());
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getTitle() {
        return title;
    }

    String getLanguage() {
        return language;
    }

    LocalDate getExpiresOn() {
        return expiresOn;
    }

    List<SurveyQuestion> getQuestions() {
        return questions;
    }
}

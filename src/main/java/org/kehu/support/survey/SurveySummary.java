package org.kehu.support.survey;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the survey list: how many contacts were invited and how many answered. */
public record SurveySummary(long id, String title, String language, LocalDate expiresOn, Instant firstSentAt,
        Instant createdAt, long invited, long answered) {

    public boolean sent() {
        return firstSentAt != null;
    }
}

package org.kehu.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One rating of a customer as it was given: the model version used, each factor's grade with its weight (and the
 * grade the data proposed, if any), the score M = Σ weight × grade on the 0–3 scale, the level it maps to, who
 * and when.
 */
public record RatingDetails(long id, long customerId, RatingKind kind, long modelId, long modelVersionId,
        int modelVersion, List<GivenGrade> grades, BigDecimal score, RatingLevel level, String note, Long ratedBy,
        String ratedByName, Instant ratedAt) {

    /** A factor's grade in a rating. */
    public record GivenGrade(String factor, int grade, double weight, Integer proposed) {
    }

    public RatingDetails {
        grades = List.copyOf(grades);
    }
}

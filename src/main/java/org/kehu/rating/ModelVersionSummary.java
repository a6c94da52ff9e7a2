package org.kehu.rating;

import java.time.Instant;

/** One version in a model's history: when and by whom it was saved, and its consistency ratio. */
public record ModelVersionSummary(long id, int number, double lambdaMax, double cr, Instant createdAt, String createdByName) {
}

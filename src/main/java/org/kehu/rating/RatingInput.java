package org.kehu.rating;

import java.util.Map;

/** A rating as the account manager gives it: the kind, each factor's grade 0–3 by factor code, and a note. */
public record RatingInput(RatingKind kind, Map<String, Integer> grades, String note) {
}

package org.kehu.rating;

import java.util.Map;

import org.kehu.shared.web.RefuseUnknownFields;

/** A rating as the account manager gives it: the kind, each factor's grade 0–3 by factor code, and a note. */
@RefuseUnknownFields
public record RatingInput(RatingKind kind, Map<String, Integer> grades, String note) {
}

package org.kehu.rating;

import java.util.List;

import org.kehu.shared.web.RefuseUnknownFields;

/**
 * A new model or a change to one. Creating needs everything; an update needs {@code version} (the one read) and
 * changes what it gives: the names, the factors (as many as the matrix has rows) and the matrix. Each change
 * that touches the factors or the matrix makes a new version of the model.
 */
@RefuseUnknownFields
public record ModelInput(RatingKind kind, String nameZh, String nameEn, List<Factor> factors,
        List<List<Double>> matrix, Long version) {
}

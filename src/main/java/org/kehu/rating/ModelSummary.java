package org.kehu.rating;

import java.time.Instant;
import java.util.Locale;

/** A model in the list of models: whether it rates customers now, its current version and consistency. */
public record ModelSummary(long id, RatingKind kind, String nameZh, String nameEn, boolean inUse, int versionNumber,
        int factorCount, double cr, Instant changedAt) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}

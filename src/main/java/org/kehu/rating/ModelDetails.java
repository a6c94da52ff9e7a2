package org.kehu.rating;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A rating model at one version: its factors, the pairwise matrix and what the matrix gives (weights summing to
 * 1 in the factors' order, λmax, CI, RI, CR). {@code version} is the model's lock for edits, {@code versionNumber}
 * the number of the version shown (1 for the seed's).
 */
public record ModelDetails(long id, RatingKind kind, String nameZh, String nameEn, boolean inUse, long version,
        long versionId, int versionNumber, List<Factor> factors, List<List<Double>> matrix, List<Double> weights,
        double lambdaMax, double ci, double ri, double cr, Instant changedAt, String changedByName) {

    public ModelDetails {
        factors = List.copyOf(factors);
        matrix = matrix.stream().map(List::copyOf).toList();
        weights = List.copyOf(weights);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public int order() {
        return factors.size();
    }

    public double weight(String factorCode) {
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).code().equals(factorCode)) {
                return weights.get(i);
            }
        }
        throw new IllegalArgumentException(factorCode);
    }
}

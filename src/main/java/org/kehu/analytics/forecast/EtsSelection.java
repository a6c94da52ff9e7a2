package org.kehu.analytics.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the form of exponential smoothing by the corrected Akaike information criterion (AICc), as Hyndman's
 * {@code ets} does: every candidate form is fitted by maximum likelihood and the one with the smallest AICc wins.
 * A seasonal form is a candidate only with at least two full periods of data; a form is skipped when the series
 * has no more than its parameter count plus four observations (R's rule), and multiplicative forms need positive data.
 */
final class EtsSelection {

    /** The fewest observations any fit is made from. */
    static final int MIN_OBSERVATIONS = 8;

    /** A candidate and its criterion. */
    record Candidate(EtsForm form, double aicc) {
    }

    /** The chosen model, every candidate fitted, and whether seasonal forms were candidates at all. */
    record Choice(EtsModel model, List<Candidate> candidates, boolean seasonalConsidered) {
    }

    private EtsSelection() {
    }

    static boolean seasonalPossible(int n, int m) {
        return m > 1 && n >= 2 * m;
    }

    /** The best form for the series by AICc; empty candidates mean the series is too short for any fit. */
    static Choice choose(double[] y, int m) {
        if (y.length < MIN_OBSERVATIONS) {
            throw new IllegalArgumentException("A series of " + y.length + " values is too short to fit");
        }
        boolean seasonal = seasonalPossible(y.length, m);
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        List<Candidate> candidates = new ArrayList<>();
        EtsModel best = null;
        for (EtsForm form : EtsForm.candidates(seasonal, positive)) {
            if (y.length <= form.estimatedParameters(m) + 4) {
                continue;
            }
            EtsModel model = EtsEstimator.fit(form, y, m);
            double aicc = model.aicc();
            if (!Double.isFinite(aicc)) {
                continue;
            }
            candidates.add(new Candidate(form, aicc));
            if (best == null || aicc < best.aicc()) {
                best = model;
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::aicc));
        return new Choice(best, candidates, seasonal);
    }
}

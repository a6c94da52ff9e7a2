package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fit of both models as stored: the BG/NBD's rates per week, standard errors (null where the Hessian gave
 * none), log-likelihoods, the CLV settings it was scored with, the holdout figure and the scoring progress.
 */
record ClvModel(long id, LocalDate calibrationEnd, String timeUnit, Status status, Instant startedAt,
        Instant finishedAt, long customers, long repeatCustomers, long scored, BgNbd bgNbd, Double[] bgNbdErrors,
        double bgNbdLogLikelihood, GammaGamma gammaGamma, Double[] gammaGammaErrors, double gammaGammaLogLikelihood,
        long gammaGammaCustomers, int horizonDays, BigDecimal yearlyDiscount, Holdout holdout, String message) {

    enum Status {
        SCORING, DONE, FAILED
    }

    /** Scoring progress in whole percent. */
    public int percentScored() {
        return customers == 0 ? 100 : (int) Math.min(100, scored * 100 / customers);
    }
}

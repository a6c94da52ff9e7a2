package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.kehu.shared.web.RefuseUnknownFields;

/** The API's view of a fitted model and of a customer's value. */
final class ClvResources {

    private ClvResources() {
    }

    /** A parameter with its standard error (null where the Hessian gave none). */
    record Parameter(double value, Double standardError) {
    }

    /** BG/NBD: r and α (the purchase rate λ ~ Gamma(r, α), per {@code timeUnit}), a and b (dropout p ~ Beta(a, b)). */
    record BgNbdResource(String timeUnit, Parameter r, Parameter alpha, Parameter a, Parameter b, double logLikelihood,
            long customers, long repeatCustomers) {
    }

    /** Gamma-Gamma: p, q, γ (money), fitted to the customers with repeat purchases of positive value. */
    record GammaGammaResource(Parameter p, Parameter q, Parameter gamma, double logLikelihood, long customers,
            BigDecimal meanOrderValue) {
    }

    /** Cumulative repeat purchases per week from {@code start}, actual and predicted; the first weeks calibrate. */
    record HoldoutResource(LocalDate start, int calibrationWeeks, List<Long> actual, List<Double> predicted) {
    }

    record ModelResource(long id, LocalDate calibrationEnd, String status, String timeUnit, long scored, long customers,
            int horizonDays, BigDecimal yearlyDiscountRate, BgNbdResource bgNbd, GammaGammaResource gammaGamma,
            HoldoutResource holdout, String message) {

        static ModelResource of(ClvModel m) {
            BgNbd bg = m.bgNbd();
            GammaGamma gg = m.gammaGamma();
            Double[] be = m.bgNbdErrors();
            Double[] ge = m.gammaGammaErrors();
            Holdout h = m.holdout();
            return new ModelResource(m.id(), m.calibrationEnd(), m.status().name(), m.timeUnit(), m.scored(),
                    m.customers(), m.horizonDays(), m.yearlyDiscount(),
                    new BgNbdResource(m.timeUnit(), new Parameter(bg.r(), be[0]), new Parameter(bg.alpha(), be[1]),
                            new Parameter(bg.a(), be[2]), new Parameter(bg.b(), be[3]), m.bgNbdLogLikelihood(),
                            m.customers(), m.repeatCustomers()),
                    new GammaGammaResource(new Parameter(gg.p(), ge[0]), new Parameter(gg.q(), ge[1]),
                            new Parameter(gg.gamma(), ge[2]), m.gammaGammaLogLikelihood(), m.gammaGammaCustomers(),
                            BigDecimal.valueOf(gg.populationMean()).setScale(2, java.math.RoundingMode.HALF_UP)),
                    new HoldoutResource(h.start(), h.calibrationWeeks(), Arrays.stream(h.actual()).boxed().toList(),
                            Arrays.stream(h.predicted()).boxed().toList()),
                    m.message());
        }
    }

    /** The body of {@code POST /api/v1/analytics/clv/fit}; no calibration end means today. */
    @RefuseUnknownFields
    record FitRequest(LocalDate calibrationEnd) {
    }

    /**
     * A customer's value as of the current model's calibration end over {@code horizonDays}; the figures are null
     * when the customer had made no purchase by then.
     */
    record CustomerValueResource(long customerId, long modelId, LocalDate calibrationEnd, int horizonDays,
            Double pAlive, Double expectedPurchases, BigDecimal expectedOrderValue, BigDecimal clv) {
    }
}

package org.kehu.analytics.value;

import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

/**
 * The Gamma-Gamma model of monetary value (Fader and Hardie 2013, "The Gamma-Gamma model of monetary value",
 * http://brucehardie.com/notes/025/): a customer's transaction values are gamma(p, ν), and ν is gamma(q, γ)
 * across customers; value is independent of the purchase process. A customer's history is x repeat purchases
 * of mean value z̄ (x &gt; 0, z̄ &gt; 0).
 */
record GammaGamma(double p, double q, double gamma) {

    GammaGamma {
        if (!(p > 0 && q > 0 && gamma > 0)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be positive");
        }
    }

    /** One customer's log-likelihood of the mean z̄ of x transactions (the note's equation (3)). */
    double logLikelihood(double x, double zbar) {
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * FastMath.log(gamma)
                + (px - 1) * FastMath.log(zbar) + px * FastMath.log(x) - (px + q) * FastMath.log(gamma + x * zbar);
    }

    /**
     * E[Z | z̄, x]: the expected value of this customer's transactions (the note's equation (5)), a weighted
     * mean of the population mean pγ/(q-1) and the customer's own z̄; for a customer without repeat purchases
     * (x = 0) the population mean. Finite only when q &gt; 1.
     */
    double expectedAverageValue(double x, double zbar) {
        if (x <= 0 || !(zbar > 0)) {
            return populationMean();
        }
        return p * (gamma + x * zbar) / (p * x + q - 1);
    }

    /** pγ/(q-1), the mean transaction value across customers; infinite when q ≤ 1. */
    double populationMean() {
        return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
    }
}

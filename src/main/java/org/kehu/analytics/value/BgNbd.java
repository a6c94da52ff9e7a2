package org.kehu.analytics.value;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005), "'Counting your customers' the easy way: an alternative to
 * the Pareto/NBD model", Marketing Science 24(2): while alive a customer buys at a Poisson rate λ (gamma
 * distributed across customers with shape r and rate α), and after each purchase drops out with probability p
 * (beta distributed with a and b). Times are in the unit the parameters were fitted in (weeks here).
 *
 * <p>A customer's history is x repeat purchases, the last at t_x, observed for T since the first purchase.
 */
record BgNbd(double r, double alpha, double a, double b) {

    BgNbd {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive");
        }
    }

    /**
     * One customer's log-likelihood, the paper's equation (6), as a log-sum-exp of its two terms so that
     * neither underflows for a frequent buyer observed long ago.
     */
    double logLikelihood(double x, double tx, double bigT) {
        return logLikelihood(x, tx, bigT, lnCommon(x), lnAliveTerm(x), lnDeadTerm(x));
    }

    /** The same, with the parts that depend only on x worked out once for every customer with that x. */
    double logLikelihood(double x, double tx, double bigT, double lnCommon, double lnAlive, double lnDead) {
        double alive = lnAlive - (r + x) * FastMath.log(alpha + bigT);
        if (x == 0) {
            return lnCommon + alive;
        }
        double dead = lnDead - (r + x) * FastMath.log(alpha + tx);
        double max = Math.max(alive, dead);
        return lnCommon + max + FastMath.log1p(FastMath.exp(Math.min(alive, dead) - max));
    }

    /** ln Γ(r+x) - ln Γ(r) + r ln α. */
    double lnCommon(double x) {
        return Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * FastMath.log(alpha);
    }

    /** ln B(a, b+x) - ln B(a, b). */
    double lnAliveTerm(double x) {
        return Beta.logBeta(a, b + x) - Beta.logBeta(a, b);
    }

    /** ln B(a+1, b+x-1) - ln B(a, b); only used for x &gt; 0. */
    double lnDeadTerm(double x) {
        return x > 0 ? Beta.logBeta(a + 1, b + x - 1) - Beta.logBeta(a, b) : Double.NEGATIVE_INFINITY;
    }

    /** The probability that a customer with this history is still alive at T (the paper's equation (13)). */
    double pAlive(double x, double tx, double bigT) {
        if (x == 0) {
            return 1;
        }
        double lnOdds = FastMath.log(a / (b + x - 1)) + (r + x) * FastMath.log((alpha + bigT) / (alpha + tx));
        return 1 / (1 + FastMath.exp(lnOdds));
    }

    /** E[X(t)]: the expected number of repeat purchases of a new customer in a period of length t (equation (9)). */
    double expectedPurchases(double t) {
        return conditionalExpectedPurchases(t, 0, 0, 0);
    }

    /**
     * E[Y(t) | x, t_x, T]: the expected purchases in the next t of a customer with this history (equation (10)).
     * The paper writes it with 2F1(r+x, b+x; a+b+x-1; z), z = t/(α+T+t), whose parameters grow with x and
     * which is multiplied by (1-z)^(r+x); Euler's transformation turns the product into
     * (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z), whose first two parameters do not grow with x (the series
     * converges faster the more the customer bought), and splitting off the 1 of that series leaves a sum that
     * is divided by (a-1) exactly, so a = 1 is no 0/0.
     */
    double conditionalExpectedPurchases(double t, double x, double tx, double bigT) {
        if (t <= 0) {
            return 0;
        }
        double expected = expectedPurchasesIfAlive(t, x, bigT);
        if (x > 0) {
            expected /= 1 + a / (b + x - 1) * FastMath.exp((r + x) * FastMath.log((alpha + bigT) / (alpha + tx)));
        }
        return expected;
    }

    /**
     * E[Y(t) | x, t_x, T] is P(alive | x, t_x, T) times this, which depends on x and T but not on t_x: the purchases
     * expected of a customer still alive. Scoring works it out once for every customer with the same x and T.
     */
    double expectedPurchasesIfAlive(double t, double x, double bigT) {
        if (t <= 0) {
            return 0;
        }
        double z = t / (alpha + bigT + t);
        double lnOneMinusZ = -FastMath.log1p(t / (alpha + bigT));
        double shape = a - 1;
        double bigA = a + b - 1 - r;
        double bigC = a + b + x - 1;
        double g = Hypergeometric.reducedSeries(bigA, a, bigC, z);
        double firstPart = shape == 0 ? -lnOneMinusZ : -FastMath.expm1(shape * lnOneMinusZ) / shape;
        double bracket = firstPart - FastMath.exp(shape * lnOneMinusZ) * g;
        return bigC * bracket;
    }
}

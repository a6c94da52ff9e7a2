package org.kehu.analytics.value;

import org.hipparchus.util.FastMath;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and z &lt; 1, which Hipparchus does not
 * have. The power series converges for |z| &lt; 1 but slowly as |z| approaches 1, and for negative z its terms
 * alternate and cancel; so negative z is first taken to z/(z-1) in [0, 1) by Pfaff's transformation, where the
 * terms keep one sign once n passes the parameters. The series stops only when the next term and a bound on
 * the rest (the geometric tail at the current term ratio) are below the precision of the sum.
 */
final class Hypergeometric {

    /** More terms than the BG/NBD ever needs below z = 0.9999; past it the caller is told, not given noise. */
    static final int MAX_TERMS = 2_000_000;

    private static final double EPSILON = 1e-16;

    private Hypergeometric() {
    }

    /** 2F1(a, b; c; z) for z &lt; 1; c must not be zero or a negative integer. */
    static double f21(double a, double b, double c, double z) {
        if (!(z < 1) || Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) {
            throw new IllegalArgumentException("2F1 needs z < 1 and finite parameters, got z = " + z);
        }
        if (c <= 0 && c == FastMath.rint(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c = " + c);
        }
        if (z < 0) {
            // Pfaff: 2F1(a,b;c;z) = (1-z)^-a 2F1(a, c-b; c; z/(z-1)), and z/(z-1) lies in (0, 1).
            double w = z / (z - 1);
            return FastMath.pow(1 - z, -a) * series(a, c - b, c, w);
        }
        return series(a, b, c, z);
    }

    /**
     * The sum from n = 1 of (A)_n (a)_(n-1) z^n / ((C)_n n!): 2F1(A, a-1; C; z) - 1 divided by (a-1), which
     * stays finite, and exact, as a tends to 1 (where the BG/NBD expectation would otherwise divide 0 by 0).
     */
    static double reducedSeries(double bigA, double a, double bigC, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("the reduced series needs 0 <= z < 1, got z = " + z);
        }
        if (z == 0) {
            return 0;
        }
        double term = bigA / bigC * z;
        double sum = term;
        for (int n = 1; n < MAX_TERMS; n++) {
            double ratio = (bigA + n) * (a + n - 1) / ((bigC + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            if (converged(term, ratio, z, sum, n, Math.max(Math.abs(bigA), Math.max(Math.abs(a), Math.abs(bigC))))) {
                return sum;
            }
        }
        throw new ArithmeticException("hypergeometric series did not converge at z = " + z);
    }

    private static double series(double a, double b, double c, double z) {
        if (z == 0) {
            return 1;
        }
        double term = 1;
        double sum = 1;
        double largest = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c)));
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            if (term == 0) {
                return sum; // a or b a non-positive integer: the series is a polynomial
            }
            if (converged(term, ratio, z, sum, n, largest)) {
                return sum;
            }
        }
        throw new ArithmeticException("hypergeometric series did not converge at z = " + z);
    }

    /**
     * Past the parameters (n &gt; their size) the term ratio moves monotonically towards z, so no later ratio
     * exceeds the larger of the current one and z, and the rest of the series is bounded by the geometric tail
     * term * q / (1 - q) with that q.
     */
    private static boolean converged(double term, double ratio, double z, double sum, int n, double largest) {
        double q = Math.max(Math.abs(ratio), z);
        if (n <= largest + 1 || q >= 1) {
            return false;
        }
        double tail = Math.abs(term) * q / (1 - q);
        return Math.abs(term) <= EPSILON * Math.abs(sum) && tail <= EPSILON * Math.abs(sum);
    }
}

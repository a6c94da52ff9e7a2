package org.kehu.rating.ahp;

/**
 * The random consistency index RI: the mean CI of random reciprocal matrices of order n.
 * <p>
 * n = 1…8 are the values seed 003 prints (appendices 4 and 5): 0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, the
 * table Chinese AHP textbooks use. They differ slightly from Saaty's own (0.58, 0.90, 1.12, 1.24, 1.32, 1.41), as
 * simulations of different sizes do. For n = 9…15 there is no value in the seed; those come from J. A. Alonso and
 * M. T. Lamata, "Consistency in the analytic hierarchy process: a new approach", International Journal of
 * Uncertainty, Fuzziness and Knowledge-Based Systems 14(4), 2006, pp. 445–459, whose RI table (from 100,000
 * random matrices per order) gives 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838.
 */
public final class RandomIndex {

    /** The largest order with a published value here; larger matrices are refused. */
    public static final int MAX_ORDER = 15;

    private static final double[] RI = {
        0, 0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, // seed 003, n = 1..8 (index 0 unused)
        1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838 // Alonso & Lamata 2006, n = 9..15
    };

    private RandomIndex() {
    }

    /** RI for a matrix of order n, 1 ≤ n ≤ {@link #MAX_ORDER}. */
    public static double of(int n) {
        if (n < 1 || n > MAX_ORDER) {
            throw new IllegalArgumentException("No random index for order " + n);
        }
        return RI[n];
    }
}

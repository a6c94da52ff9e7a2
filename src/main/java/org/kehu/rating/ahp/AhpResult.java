package org.kehu.rating.ahp;

import java.util.Arrays;
import java.util.List;

/**
 * What a pairwise matrix gives: the weights (principal eigenvector, summing to 1), λmax, CI = (λmax − n)/(n − 1),
 * RI of order n and CR = CI/RI (0 for n ≤ 2, which are always consistent). {@code disagreements} are the upper
 * triangle's comparisons, the most inconsistent with the weights first.
 */
public record AhpResult(double[] weights, double lambdaMax, double ci, double ri, double cr,
        List<Disagreement> disagreements) {

    /** Saaty's threshold: a matrix is usable when CR is below 0.1. */
    public static final double MAX_CR = 0.1;

    public AhpResult {
        weights = weights.clone();
        disagreements = List.copyOf(disagreements);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public int order() {
        return weights.length;
    }

    public boolean consistent() {
        return cr < MAX_CR;
    }

    /** The {@code count} comparisons to revise first. */
    public List<Disagreement> worst(int count) {
        return disagreements.subList(0, Math.min(count, disagreements.size()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AhpResult r && Arrays.equals(weights, r.weights) && lambdaMax == r.lambdaMax
                && disagreements.equals(r.disagreements);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(lambdaMax);
    }

    @Override
    public String toString() {
        return "AhpResult" + Arrays.toString(weights) + " λmax=" + lambdaMax + " CI=" + ci + " RI=" + ri + " CR=" + cr;
    }
}

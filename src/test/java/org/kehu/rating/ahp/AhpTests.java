package org.kehu.rating.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.shared.InvalidInputException;

class AhpTests {

    /** a_ij = w_i / w_j: perfectly consistent, so the eigenvector is w itself and λmax = n. */
    private static double[][] consistent(double... w) {
        double[][] a = new double[w.length][w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        return a;
    }

    @Test
    void consistentMatrixGivesItsOwnWeightsWithLambdaMaxNAndCrZero() {
        AhpResult r = Ahp.analyse(PairwiseMatrix.of(consistent(0.4, 0.3, 0.2, 0.1), "matrix"));
        assertThat(r.weights()).containsExactly(new double[] {0.4, 0.3, 0.2, 0.1}, within(1e-12));
        assertThat(r.lambdaMax()).isCloseTo(4, within(1e-9));
        assertThat(r.ci()).isCloseTo(0, within(1e-9));
        assertThat(r.ri()).isEqualTo(0.89);
        assertThat(r.cr()).isCloseTo(0, within(1e-9));
        assertThat(r.consistent()).isTrue();
        assertThat(r.disagreements()).allSatisfy(d -> assertThat(d.deviation()).isCloseTo(0, within(1e-9)));
    }

    @Test
    void refusesMatrixWithConsistencyRatioAboveTenPercentNamingTheFlippedComparisonFirst() {
        double[][] a = consistent(0.4, 0.3, 0.2, 0.1);
        a[0][3] = 1 / 4.0; // the judge wrote "d is 4 times as important as a" where every other comparison says the opposite
        a[3][0] = 4;
        AhpResult r = Ahp.analyse(PairwiseMatrix.of(a, "matrix"));
        assertThat(r.cr()).isGreaterThanOrEqualTo(0.1);
        assertThat(r.consistent()).isFalse();
        Disagreement worst = r.worst(1).get(0);
        assertThat(List.of(worst.row(), worst.column())).containsExactly(0, 3);
        assertThat(worst.given()).isEqualTo(0.25);
        assertThat(worst.implied()).as("the weights would have it larger").isGreaterThan(3 * worst.given());
    }

    @Test
    void weightsAndLambdaMaxAgreeWithPowerIterationOnAnInconsistentMatrix() {
        // Saaty's 1–9 scale, moderately inconsistent (a > b > c but a/c is "only" 5 against 3 × 3).
        double[][] a = {{1, 3, 5, 7}, {1 / 3.0, 1, 3, 5}, {1 / 5.0, 1 / 3.0, 1, 3}, {1 / 7.0, 1 / 5.0, 1 / 3.0, 1}};
        AhpResult r = Ahp.analyse(PairwiseMatrix.of(a, "matrix"));
        double[] w = PowerIteration.principal(a);
        assertThat(r.weights()).containsExactly(w, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(PowerIteration.lambdaMax(a, w), within(1e-9));
        assertThat(r.ci()).isCloseTo((r.lambdaMax() - 4) / 3, within(1e-12));
        assertThat(r.cr()).isCloseTo(r.ci() / 0.89, within(1e-12));
        assertThat(Arrays.stream(r.weights()).sum()).isCloseTo(1, within(1e-12));
    }

    @Test
    void randomIndexIsTheSeedsTableUpToEightAndAlonsoLamataBeyond() {
        assertThat(new double[] {RandomIndex.of(1), RandomIndex.of(2), RandomIndex.of(3), RandomIndex.of(4), RandomIndex.of(5),
            RandomIndex.of(6), RandomIndex.of(7), RandomIndex.of(8)}).containsExactly(0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41);
        // Alonso & Lamata (2006), Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4): 445–459.
        assertThat(RandomIndex.of(9)).isEqualTo(1.4499);
        assertThat(RandomIndex.of(15)).isEqualTo(1.5838);
    }

    @Test
    void twoByTwoIsAlwaysConsistent() {
        AhpResult r = Ahp.analyse(PairwiseMatrix.of(new double[][] {{1, 9}, {1 / 9.0, 1}}, "matrix"));
        assertThat(r.weights()).containsExactly(new double[] {0.9, 0.1}, within(1e-12));
        assertThat(r.cr()).isZero();
    }

    @Test
    void refusesMatricesThatAreNotPairwiseComparisonsNamingTheCell() {
        assertRefused(new double[][] {{1, 2}, {2, 1}}, "m[1][0]", "rating.matrix.error.reciprocal");
        assertRefused(new double[][] {{1, 0}, {0, 1}}, "m[0][1]", "rating.matrix.error.scale");
        assertRefused(new double[][] {{1, Double.NaN}, {1, 1}}, "m[0][1]", "rating.matrix.error.scale");
        assertRefused(new double[][] {{1, 1e308}, {1e-308, 1}}, "m[0][1]", "rating.matrix.error.scale");
        assertRefused(new double[][] {{1, Double.POSITIVE_INFINITY}, {0, 1}}, "m[0][1]", "rating.matrix.error.scale");
        assertRefused(new double[][] {{1, -2}, {-0.5, 1}}, "m[0][1]", "rating.matrix.error.scale");
        assertRefused(new double[][] {{2, 1}, {1, 1}}, "m[0][0]", "rating.matrix.error.diagonal");
        assertRefused(new double[][] {{1, 10}, {0.1, 1}}, "m[0][1]", "rating.matrix.error.scale");
        assertRefused(new double[][] {{1, 2, 3}, {0.5, 1}, {1 / 3.0, 1, 1}}, "m", "rating.matrix.error.square");
        assertRefused(new double[][] {{1}}, "m", "rating.matrix.error.order");
        assertRefused(new double[16][16], "m", "rating.matrix.error.order");
        assertThatThrownBy(() -> PairwiseMatrix.of(List.of(List.of(1.0, 2.0)), "m")).isInstanceOf(InvalidInputException.class);
        java.util.List<Double> withNull = new java.util.ArrayList<>(Arrays.asList(1.0, null));
        assertThatThrownBy(() -> PairwiseMatrix.of(List.of(withNull, List.of(1.0, 1.0)), "m"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("m[0][1]"));
    }

    @Test
    void acceptsReciprocalsWrittenToTwoDecimalsAndTheScalesEnds() {
        PairwiseMatrix m = PairwiseMatrix.of(new double[][] {{1, 3, 9}, {0.33, 1, 1 / 9.0}, {0.1111111, 9, 1}}, "m");
        assertThat(m.order()).isEqualTo(3);
    }

    @Test
    void editorsUpperTriangleFillsTheLowerWithReciprocals() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(new double[][] {{0, 2, 4}, {0, 0, 2}, {0, 0, 0}}, "matrix");
        assertThat(m.get(2, 0)).isEqualTo(0.25);
        assertThat(m.get(1, 1)).isEqualTo(1);
        assertThatThrownBy(() -> PairwiseMatrix.fromUpperTriangle(new double[][] {{0, Double.NaN}, {0, 0}}, "matrix"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("matrix[0][1]"));
    }

    private static void assertRefused(double[][] a, String field, String key) {
        assertThatThrownBy(() -> PairwiseMatrix.of(a, field.replaceAll("\\[.*", "")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry(field, key));
    }
}

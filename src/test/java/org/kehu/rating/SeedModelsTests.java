package org.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kehu.rating.ahp.Ahp;
import org.kehu.rating.ahp.AhpResult;
import org.kehu.rating.ahp.PairwiseMatrix;
import org.kehu.rating.ahp.PowerIteration;

/**
 * Seed 003's matrices (appendices 4 and 5) through the application's AHP, against power iteration computed here.
 * The seed prints other figures (loyalty weights 0.11, 0.29, 0.17, 0.17, 0.08, 0.09, 0.09 and λmax 12.41 — above
 * what a 7 × 7 matrix with CR < 0.1 can have; credit 0.32, 0.31, 0.14, 0.18, 0.05 and λmax 4.85 — below n = 5,
 * which no positive reciprocal matrix has): they come from its rounded column-normalisation, not from the matrices.
 */
class SeedModelsTests {

    @Test
    void loyaltyMatrixOfAppendixFourGivesTheseWeightsAndIsConsistent() {
        AhpResult r = Ahp.analyse(PairwiseMatrix.of(DefaultModels.LOYALTY_MATRIX, "matrix"));
        double[] w = PowerIteration.principal(DefaultModels.LOYALTY_MATRIX);
        assertThat(r.weights()).containsExactly(w, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(PowerIteration.lambdaMax(DefaultModels.LOYALTY_MATRIX, w), within(1e-9));
        assertThat(r.weights()).containsExactly(new double[] {0.1212, 0.2997, 0.1602, 0.1654, 0.0792, 0.0876, 0.0866},
                within(5e-5));
        assertThat(r.lambdaMax()).isCloseTo(7.6214, within(5e-5));
        assertThat(r.ci()).isCloseTo((r.lambdaMax() - 7) / 6, within(1e-12));
        assertThat(r.ri()).isEqualTo(1.36);
        assertThat(r.cr()).isCloseTo(0.0762, within(5e-5));
        assertThat(r.consistent()).isTrue();
        assertThat(r.weights()[0]).as("the seed prints 0.11 for factor a").isNotCloseTo(0.11, within(0.005));
    }

    @Test
    void creditMatrixOfAppendixFiveGivesTheseWeightsAndIsConsistent() {
        AhpResult r = Ahp.analyse(PairwiseMatrix.of(DefaultModels.CREDIT_MATRIX, "matrix"));
        double[] w = PowerIteration.principal(DefaultModels.CREDIT_MATRIX);
        assertThat(r.weights()).containsExactly(w, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(PowerIteration.lambdaMax(DefaultModels.CREDIT_MATRIX, w), within(1e-9));
        assertThat(r.weights()).containsExactly(new double[] {0.4373, 0.2566, 0.1288, 0.1376, 0.0398}, within(5e-5));
        assertThat(r.lambdaMax()).isCloseTo(5.2873, within(5e-5)).isGreaterThan(5);
        assertThat(r.ri()).isEqualTo(1.12);
        assertThat(r.cr()).isCloseTo(0.0641, within(5e-5));
        assertThat(r.weights()[0]).as("the seed prints 0.32 for market reputation").isNotCloseTo(0.32, within(0.05));
    }

    @Test
    void seedMatricesAreTheAppendicesFractions() {
        assertThat(DefaultModels.LOYALTY_MATRIX[1][0]).isEqualTo(100 / 22.0);
        assertThat(DefaultModels.LOYALTY_MATRIX[0][1]).isEqualTo(0.22);
        assertThat(DefaultModels.CREDIT_MATRIX[3][1]).isCloseTo(25 / 33.0, within(1e-15));
        assertThat(DefaultModels.LOYALTY_FACTORS).extracting(Factor::code).containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(DefaultModels.CREDIT_FACTORS).extracting(Factor::code).containsExactly("a", "b", "c", "d", "e");
        assertThat(DefaultModels.LOYALTY_FACTORS.get(6).grades().get(3).zh()).isEqualTo("关系建立5年以上");
    }

    @Test
    void scoreMapsToTheSeedsLoyaltyLevelsWithBoundariesBelongingToTheHigherLevel() {
        assertThat(RatingKind.LOYALTY.levelOf(new BigDecimal("3"))).isEqualTo(RatingLevel.VERY_LOYAL);
        assertThat(RatingKind.LOYALTY.levelOf(new BigDecimal("2.7"))).isEqualTo(RatingLevel.VERY_LOYAL);
        assertThat(RatingKind.LOYALTY.levelOf(new BigDecimal("2.6999"))).isEqualTo(RatingLevel.LOYAL);
        assertThat(RatingKind.LOYALTY.levelOf(new BigDecimal("2.1"))).isEqualTo(RatingLevel.LOYAL);
        assertThat(RatingKind.LOYALTY.levelOf(new BigDecimal("2.0999"))).isEqualTo(RatingLevel.BASICALLY_LOYAL);
        assertThat(RatingKind.LOYALTY.levelOf(new BigDecimal("0.9"))).isEqualTo(RatingLevel.BASICALLY_LOYAL);
        assertThat(RatingKind.LOYALTY.levelOf(new BigDecimal("0.3"))).isEqualTo(RatingLevel.DISLOYAL);
        assertThat(RatingKind.LOYALTY.levelOf(new BigDecimal("0.2999"))).isEqualTo(RatingLevel.VERY_DISLOYAL);
        assertThat(RatingKind.LOYALTY.levelOf(BigDecimal.ZERO)).isEqualTo(RatingLevel.VERY_DISLOYAL);
    }

    @Test
    void scoreMapsToTheRedGreyAndBlackCreditLists() {
        assertThat(RatingKind.CREDIT.levelOf(new BigDecimal("2.4"))).isEqualTo(RatingLevel.RED_LIST);
        assertThat(RatingKind.CREDIT.levelOf(new BigDecimal("2.3999"))).isEqualTo(RatingLevel.GREY_LIST);
        assertThat(RatingKind.CREDIT.levelOf(new BigDecimal("0.6"))).isEqualTo(RatingLevel.GREY_LIST);
        assertThat(RatingKind.CREDIT.levelOf(new BigDecimal("0.5999"))).isEqualTo(RatingLevel.BLACK_LIST);
        assertThat(RatingLevel.GREY_LIST.upperBound()).isEqualByComparingTo("2.4");
        assertThat(RatingLevel.RED_LIST.upperBound()).isEqualByComparingTo("3");
    }

    @Test
    void allGradesThreeScoreExactlyThreeThoughTheWeightsSumToOneOnlyInFloatingPoint() {
        double[] w = Ahp.analyse(PairwiseMatrix.of(DefaultModels.LOYALTY_MATRIX, "matrix")).weights();
        double sum = 0;
        for (double x : w) {
            sum += 3 * x;
        }
        assertThat(CustomerRatings.score(sum)).isEqualByComparingTo("3");
        assertThat(RatingKind.LOYALTY.levelOf(CustomerRatings.score(sum))).isEqualTo(RatingLevel.VERY_LOYAL);
        // Grades a=2, b=3, rest 1 with the loyalty weights: M = 2·0.1212 + 3·0.2997 + 1·(0.1602+0.1654+0.0792+0.0876+0.0866)
        double m = 2 * w[0] + 3 * w[1] + w[2] + w[3] + w[4] + w[5] + w[6];
        assertThat(CustomerRatings.score(m).doubleValue()).isCloseTo(1.7205, within(2e-4));
        assertThat(RatingKind.LOYALTY.levelOf(CustomerRatings.score(m))).isEqualTo(RatingLevel.BASICALLY_LOYAL);
    }

    @Test
    void serviceSatisfactionMapsToTheFourServiceGrades() {
        assertThat(GradeProposals.serviceGrade(1.0)).isZero();
        assertThat(GradeProposals.serviceGrade(2.49)).isZero();
        assertThat(GradeProposals.serviceGrade(2.5)).isEqualTo(1);
        assertThat(GradeProposals.serviceGrade(3.5)).isEqualTo(2);
        assertThat(GradeProposals.serviceGrade(4.5)).isEqualTo(3);
        assertThat(GradeProposals.serviceGrade(5)).isEqualTo(3);
    }
}

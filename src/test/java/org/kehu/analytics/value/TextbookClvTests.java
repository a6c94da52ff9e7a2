package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Seed 001, chapter 3, exercise 3: n = 10 years, Co = ¥500, Po = ¥3000, In = ¥1000, r = 8 %, Cs = ¥100. The
 * annuity factor Σ 1/1.08^t for t = 1..10 is 6.710081 (any annuity table), so model one gives
 * 2500 + 1000 × 6.710081 = ¥9,210.08 and model three 2500 + 900 × 6.710081 = ¥8,539.07.
 */
class TextbookClvTests {

    private final TextbookClv exercise = new TextbookClv(10, 500, 3000, 1000, 0.08, 100);

    @Test
    void annuityFactorOfTenYearsAtEightPercent() {
        assertThat(exercise.annuityFactor()).isCloseTo(6.710081, within(1e-6));
    }

    @Test
    void modelOneCountsRevenueOnly() {
        assertThat(exercise.modelOne()).isCloseTo(9210.08, within(0.005));
    }

    @Test
    void modelThreeCountsRevenueNetOfServiceCost() {
        assertThat(exercise.modelThree()).isCloseTo(8539.07, within(0.005));
    }

    @Test
    void exerciseFourRanksTheCustomersDifferentlyUnderTheTwoModels() {
        TextbookClv a = new TextbookClv(10, 0, 0, 500, 0.08, 200);
        TextbookClv b = new TextbookClv(10, 0, 0, 550, 0.08, 300);

        assertThat(b.modelOne()).isGreaterThan(a.modelOne());
        assertThat(a.modelThree()).isGreaterThan(b.modelThree());
    }

    @Test
    void withoutInterestTheYearsSimplyAddUp() {
        assertThat(new TextbookClv(10, 500, 3000, 1000, 0, 100).modelThree()).isEqualTo(2500 + 9000);
    }
}

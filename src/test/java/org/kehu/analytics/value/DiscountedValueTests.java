package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Discounted CLV: expected purchases month by month times the expected order value, discounted monthly. */
class DiscountedValueTests {

    private final BgNbd weekly = new BgNbd(0.243, 4.414, 0.793, 2.426);

    @Test
    void withoutDiscountTheValueIsExpectedPurchasesTimesOrderValue() {
        double clv = DiscountedValue.clv(weekly, 7, 2, 30.43, 38.86, 25, 365, 0);

        assertThat(clv).isCloseTo(weekly.conditionalExpectedPurchases(365 / 7.0, 2, 30.43, 38.86) * 25, within(1e-9));
    }

    @Test
    void eachMonthsPurchasesAreDiscountedAtTheMonthlyEquivalentOfTheYearlyRate() {
        double monthly = Math.pow(1.10, 1.0 / 12) - 1;
        double e1 = weekly.conditionalExpectedPurchases(30 / 7.0, 2, 30.43, 38.86);
        double e2 = weekly.conditionalExpectedPurchases(60 / 7.0, 2, 30.43, 38.86);
        double e3 = weekly.conditionalExpectedPurchases(75 / 7.0, 2, 30.43, 38.86);
        double byHand = 40 * (e1 / (1 + monthly) + (e2 - e1) / Math.pow(1 + monthly, 2)
                + (e3 - e2) / Math.pow(1 + monthly, 3));

        assertThat(DiscountedValue.clv(weekly, 7, 2, 30.43, 38.86, 40, 75, 0.10)).isCloseTo(byHand, within(1e-12));
    }
}

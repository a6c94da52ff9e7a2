package org.kehu.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExponentialSmoothingBehaviourTests {

    /** Months of a yearly pattern on a slow rise, with 2 % noise (fixed seed). */
    static double[] seasonalMonths(int months) {
        double[] pattern = {0.8, 0.5, 1.0, 1.0, 1.05, 1.1, 0.95, 0.95, 1.1, 1.2, 1.35, 1.4};
        double[] y = new double[months];
        java.util.Random noise = new java.util.Random(7);
        for (int t = 0; t < months; t++) {
            y[t] = 100_000 * (1 + 0.01 * t) * pattern[t % 12] * (1 + 0.02 * noise.nextGaussian());
        }
        return y;
    }

    /** Months on a straight rise, no season, with noise (fixed seed). */
    static double[] trendMonths(int months) {
        double[] y = new double[months];
        java.util.Random noise = new java.util.Random(11);
        for (int t = 0; t < months; t++) {
            y[t] = 50_000 + 2_000 * t + 1_500 * noise.nextGaussian();
        }
        return y;
    }

    @Test
    void criterionChoosesSeasonalFormForSeasonalSeries() {
        EtsSelection.Choice choice = EtsSelection.choose(seasonalMonths(48), 12);

        assertThat(choice.seasonalConsidered()).isTrue();
        assertThat(choice.model().form.seasonal()).isTrue();
        assertThat(choice.candidates()).hasSizeGreaterThan(3);
    }

    @Test
    void criterionChoosesNonSeasonalTrendFormForTrendSeries() {
        EtsSelection.Choice choice = EtsSelection.choose(trendMonths(48), 12);

        assertThat(choice.model().form.seasonal()).isFalse();
        assertThat(choice.model().form.hasTrend()).isTrue();
    }

    @Test
    void seasonalFormsAreNotCandidatesBeforeTwoFullYears() {
        EtsSelection.Choice choice = EtsSelection.choose(seasonalMonths(23), 12);

        assertThat(choice.seasonalConsidered()).isFalse();
        assertThat(choice.candidates()).allMatch(c -> !c.form().seasonal());
    }

    @Test
    void criterionChoosesSeasonalFormForAustralianTouristNights() {
        EtsSelection.Choice choice = EtsSelection.choose(ExponentialSmoothingReferenceTests.AUSTOURISTS, 4);

        assertThat(choice.model().form.seasonal()).isTrue();
    }

    @Test
    void intervalsWidenWithTheHorizon() {
        EtsModel additive = EtsEstimator.fit(EtsForm.HOLT_WINTERS_ADDITIVE, seasonalMonths(36), 12);
        EtsModel holt = EtsEstimator.fit(EtsForm.HOLT, trendMonths(36), 12);

        for (EtsModel model : new EtsModel[] {additive, holt}) {
            EtsModel.Forecast[] f = model.forecast(24);
            for (int k = 1; k < f.length; k++) {
                assertThat(f[k].upper95() - f[k].lower95()).isGreaterThanOrEqualTo(f[k - 1].upper95() - f[k - 1].lower95());
                assertThat(f[k].upper80() - f[k].lower80()).isLessThan(f[k].upper95() - f[k].lower95());
            }
            assertThat(f[23].upper95() - f[23].lower95()).isGreaterThan(f[0].upper95() - f[0].lower95());
        }
    }

    @Test
    void simulatedIntervalsOfMultiplicativeFormWidenFromFirstToLastYear() {
        EtsModel fitted = EtsEstimator.fit(EtsForm.HOLT_WINTERS_MULTIPLICATIVE, seasonalMonths(36), 12);
        // the fitted states with smoothing parameters clear of their lower bounds, so that errors carry forward
        EtsParameters p = fitted.parameters;
        EtsModel model = new EtsModel(fitted.form, new EtsParameters(0.3, 0.02, 0.1, 1, p.level, p.trend, p.seasons()),
                seasonalMonths(36), fitted.estimated);
        EtsModel.Forecast[] f = model.forecast(24);

        // relative width, as the season scales the band: the second year's months are on average wider than the first's
        double first = 0;
        double second = 0;
        for (int k = 0; k < 12; k++) {
            first += (f[k].upper95() - f[k].lower95()) / f[k].mean();
            second += (f[k + 12].upper95() - f[k + 12].lower95()) / f[k + 12].mean();
        }
        assertThat(second).isGreaterThan(first);
        assertThat(f[0].lower95()).isLessThan(f[0].mean());
        assertThat(f[0].upper95()).isGreaterThan(f[0].mean());
    }

    @Test
    void varianceOfHoltsMethodIsTheClosedFormOfHyndmanTable61() {
        double alpha = 0.6;
        double beta = 0.2;
        EtsModel model = new EtsModel(EtsForm.HOLT, new EtsParameters(alpha, beta, 0, 1, 10, 1, new double[0]),
                trendMonths(24), 4);
        double[] factors = model.varianceFactors(10);

        for (int h = 1; h <= 10; h++) {
            // ETS(A,A,N): v(h) = σ² [1 + (h-1){α² + αβh + β²h(2h-1)/6}]
            double expected = 1 + (h - 1) * (alpha * alpha + alpha * beta * h + beta * beta * h * (2 * h - 1) / 6.0);
            assertThat(factors[h - 1]).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void mapeIsTheMeanAbsolutePercentageError() {
        // |100-110|/100 = 10 %, |200-150|/200 = 25 % -> 17.5 %
        assertThat(ForecastAccuracy.mape(new double[] {100, 200}, new double[] {110, 150})).isCloseTo(17.5, within(1e-12));
        assertThat(ForecastAccuracy.mape(new double[] {0, 200}, new double[] {10, 150})).isNull();
    }

    @Test
    void maseScalesByTheSeasonalNaiveErrorInSample() {
        // period 2: seasonal naive differences |3-1|, |4-2|, |7-3|, |6-4| -> mean 2.5
        double[] training = {1, 2, 3, 4, 7, 6};
        // forecast errors |8-9| and |9-5| -> mean 2.5 -> MASE 1.0
        assertThat(ForecastAccuracy.mase(training, new double[] {8, 9}, new double[] {9, 5}, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(ForecastAccuracy.mase(new double[] {1, 2}, new double[] {3}, new double[] {3}, 2)).isNull();
        assertThat(ForecastAccuracy.mase(new double[] {5, 5, 5}, new double[] {3}, new double[] {3}, 1)).isNull();
    }
}

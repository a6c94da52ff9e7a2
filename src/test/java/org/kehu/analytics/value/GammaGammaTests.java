package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

/**
 * The Gamma-Gamma formulas at the parameters Fader and Hardie (2013, "The Gamma-Gamma model of monetary value")
 * fitted to CDNOW: p = 6.25, q = 3.74, γ = 15.44.
 */
class GammaGammaTests {

    private final GammaGamma cdnow = new GammaGamma(6.25, 3.74, 15.44);

    @Test
    void expectedValueWeighsThePopulationMeanAgainstTheCustomersOwn() {
        double x = 2;
        double zbar = 22.35;
        double population = 6.25 * 15.44 / (3.74 - 1);
        double weight = (3.74 - 1) / (6.25 * x + 3.74 - 1);

        assertThat(cdnow.expectedAverageValue(x, zbar))
                .isCloseTo(weight * population + (1 - weight) * zbar, within(1e-12));
        assertThat(cdnow.populationMean()).isCloseTo(35.22, within(0.01));
    }

    @Test
    void customerWithoutRepeatPurchasesIsExpectedToSpendThePopulationMean() {
        assertThat(cdnow.expectedAverageValue(0, 0)).isEqualTo(cdnow.populationMean());
    }

    @Test
    void densityOfTheMeanIntegratesToOne() {
        double x = 3;
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(32, 1e-12, 1e-14);
        double total = 0;
        for (double from = 0; from < 2000; from += 5) {
            total += integrator.integrate(Integer.MAX_VALUE,
                    z -> z == 0 ? 0 : Math.exp(cdnow.logLikelihood(x, z)), from, from + 5);
        }
        assertThat(total).isCloseTo(1, withinPercentage(1e-4));
    }
}

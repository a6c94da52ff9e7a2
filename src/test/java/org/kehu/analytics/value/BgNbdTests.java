package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BG/NBD formulas at the parameters Fader, Hardie and Lee (2005) fitted to CDNOW (r = 0.243, α = 4.414,
 * a = 0.793, b = 2.426, weeks), against the paper's own form with 2F1 and against the expectation worked out
 * independently here, by integrating the customer-level result E[Y(t) | λ, p, alive] = (1 - e^(-λpt))/p over the
 * posterior (λ analytically, p by quadrature).
 */
class BgNbdTests {

    private final BgNbd cdnow = new BgNbd(0.243, 4.414, 0.793, 2.426);

    @Test
    void customerOneOfCdnowExpectsThePublishedPurchasesInTheNext39Weeks() {
        // Fader, Hardie and Lee (2005), "Implementing the BG/NBD model for customer base analysis in Excel"
        // (brucehardie.com/notes/004): the customer with x = 2, t_x = 30.43, T = 38.86 expects 1.226.
        assertThat(cdnow.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.0005));
    }

    @ParameterizedTest
    @CsvSource({"39, 0, 0, 38.86", "39, 2, 30.43, 38.86", "52, 7, 35, 38", "10, 1, 2, 30", "100, 14, 38, 38.86"})
    void conditionalExpectationAgreesWithThePapersFormWith2F1(double t, double x, double tx, double bigT) {
        BgNbd m = cdnow;
        double z = t / (m.alpha() + bigT + t);
        double f = Hypergeometric.f21(m.r() + x, m.b() + x, m.a() + m.b() + x - 1, z);
        double bracket = 1 - Math.pow((m.alpha() + bigT) / (m.alpha() + bigT + t), m.r() + x) * f;
        double denominator = 1 + (x > 0 ? m.a() / (m.b() + x - 1)
                * Math.pow((m.alpha() + bigT) / (m.alpha() + tx), m.r() + x) : 0);
        double papers = (m.a() + m.b() + x - 1) / (m.a() - 1) * bracket / denominator;

        assertThat(m.conditionalExpectedPurchases(t, x, tx, bigT)).isCloseTo(papers, withinPercentage(1e-8));
    }

    @ParameterizedTest
    @CsvSource({"39, 0, 0, 38.86", "39, 2, 30.43, 38.86", "52, 7, 35, 38", "260, 3, 10, 20", "13, 25, 38, 38.86"})
    void conditionalExpectationAgreesWithTheIntegralOverThePosterior(double t, double x, double tx, double bigT) {
        assertThat(cdnow.conditionalExpectedPurchases(t, x, tx, bigT))
                .isCloseTo(byQuadrature(cdnow, t, x, tx, bigT), withinPercentage(1e-6));
    }

    @Test
    void newCustomersExpectationIsTheConditionalOneWithoutHistory() {
        assertThat(cdnow.expectedPurchases(39)).isCloseTo(byQuadrature(cdnow, 39, 0, 0, 0), withinPercentage(1e-6));
    }

    @Test
    void expectationIsContinuousThroughAEqualToOne() {
        BgNbd atOne = new BgNbd(0.3, 5, 1, 2.5);
        double below = new BgNbd(0.3, 5, 1 - 1e-7, 2.5).conditionalExpectedPurchases(52, 3, 20, 30);
        double above = new BgNbd(0.3, 5, 1 + 1e-7, 2.5).conditionalExpectedPurchases(52, 3, 20, 30);

        double exact = atOne.conditionalExpectedPurchases(52, 3, 20, 30);

        assertThat(exact).isCloseTo(below, withinPercentage(1e-4)).isCloseTo(above, withinPercentage(1e-4));
        assertThat(exact).isCloseTo(byQuadrature(atOne, 52, 3, 20, 30), withinPercentage(1e-6));
    }

    @Test
    void aCustomerWithoutRepeatPurchasesIsAliveAndOneWhoStoppedLongAgoProbablyNot() {
        assertThat(cdnow.pAlive(0, 0, 38.86)).isEqualTo(1);
        double stopped = cdnow.pAlive(10, 2, 38.86);
        double recent = cdnow.pAlive(10, 38, 38.86);
        assertThat(stopped).isLessThan(0.01);
        assertThat(recent).isGreaterThan(0.9);
        assertThat(stopped).isCloseTo(pAliveByQuadrature(cdnow, 10, 2, 38.86), withinPercentage(1e-6));
    }

    @Test
    void logLikelihoodIsTheLogarithmOfThePapersSumOfTwoTerms() {
        double x = 3;
        double tx = 20;
        double bigT = 35;
        BgNbd m = cdnow;
        double a1 = Math.exp(Gamma.logGamma(m.r() + x) - Gamma.logGamma(m.r()) + m.r() * Math.log(m.alpha()));
        double a2 = Math.exp(Beta.logBeta(m.a(), m.b() + x) - Beta.logBeta(m.a(), m.b()))
                * Math.pow(m.alpha() + bigT, -(m.r() + x));
        double a3 = Math.exp(Beta.logBeta(m.a() + 1, m.b() + x - 1) - Beta.logBeta(m.a(), m.b()))
                * Math.pow(m.alpha() + tx, -(m.r() + x));
        assertThat(m.logLikelihood(x, tx, bigT)).isCloseTo(Math.log(a1 * (a2 + a3)), within(1e-12));
    }

    @Test
    void logLikelihoodStaysFiniteForAFrequentBuyerSeenLongAgo() {
        assertThat(cdnow.logLikelihood(400, 3, 5000)).isFinite();
    }

    /** E[Y(t)|x,t_x,T] = ∫ (1-p)^x /p · (Γ-part of alive) dp / L, from the model's definition, not its closed form. */
    static double byQuadrature(BgNbd m, double t, double x, double tx, double bigT) {
        double r = m.r() + x;
        double base = m.alpha() + bigT;
        // substituting p = u^(1/a) takes the p^(a-1) singularity at zero out of the integrand
        double numerator = integrate(u -> {
            double p = Math.pow(u, 1 / m.a());
            double alive = Math.pow(1 - p, m.b() + x - 1) * Math.pow(base, -r) * -Math.expm1(-r * Math.log1p(p * t / base));
            return alive * Math.pow(u, -1 / m.a()) / m.a();
        }) / Math.exp(Beta.logBeta(m.a(), m.b()));
        double likelihood = Math.exp(Beta.logBeta(m.a(), m.b() + x) - Beta.logBeta(m.a(), m.b())) * Math.pow(base, -r)
                + (x > 0 ? Math.exp(Beta.logBeta(m.a() + 1, m.b() + x - 1) - Beta.logBeta(m.a(), m.b()))
                        * Math.pow(m.alpha() + tx, -r) : 0);
        return numerator / likelihood;
    }

    /** P(alive) as the alive part of the likelihood over the whole, each a Beta integral done by quadrature. */
    static double pAliveByQuadrature(BgNbd m, double x, double tx, double bigT) {
        double r = m.r() + x;
        double alive = integrate(u -> Math.pow(1 - Math.pow(u, 1 / m.a()), m.b() + x - 1) / m.a())
                * Math.pow(m.alpha() + bigT, -r);
        double dead = integrate(u -> {
            double p = Math.pow(u, 1 / m.a());
            return p * Math.pow(1 - p, m.b() + x - 2) / m.a();
        }) * Math.pow(m.alpha() + tx, -r);
        return alive / (alive + dead);
    }

    private static double integrate(org.hipparchus.analysis.UnivariateFunction f) {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(32, 1e-13, 1e-15);
        double sum = 0;
        int pieces = 64;
        for (int k = 0; k < pieces; k++) {
            sum += integrator.integrate(Integer.MAX_VALUE, f, (double) k / pieces, (double) (k + 1) / pieces);
        }
        return sum;
    }
}

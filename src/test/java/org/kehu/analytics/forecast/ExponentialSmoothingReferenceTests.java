package org.kehu.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The smoothing checked against published results of reference implementations.
 * <ul>
 * <li>R's {@code forecast::ses} on Saudi Arabian oil production 1996–2007 (fpp 1st ed. §7.1, data {@code fpp::oil}),
 * as statsmodels' test suite prints it (statsmodels/tsa/holtwinters/tests/test_holtwinters.py,
 * {@code test_simple_exp_smoothing}): α = 0.891998, ℓ0 = 447.478440, forecast 496.493543.</li>
 * <li>R's {@code forecast::ets(livestock, model = "AAN", damped = TRUE, phi = 0.98)} (data {@code fpp::livestock},
 * sheep in Asia 1970–2000), its states, fitted values, forecasts, MSE and AICc as printed in statsmodels'
 * {@code test_holt_damp_r}.</li>
 * <li>R's {@code forecast::ets} fits of ETS(A,A,A) and ETS(M,A,M) to {@code fpp2::austourists} (international tourist
 * visitor nights in Australia, quarterly 1999Q1–2015Q4) as stored in statsmodels'
 * statsmodels/tsa/tests/results/fit_ets_results_seasonal.json (key "FALSE", not damped): parameters, initial states,
 * σ² and four forecasts. The 68 values below are that file's fitted values plus its residuals for ETS(A,A,A),
 * rounded to six decimals (they agree with the dataset as R prints it).</li>
 * </ul>
 */
class ExponentialSmoothingReferenceTests {

    static final double[] OIL = {446.6565229, 454.4733065, 455.662974, 423.6322388, 456.2713279, 440.5880501,
            425.3325201, 485.1494479, 506.0481621, 526.7919833, 514.268889, 494.2110193};

    static final double[] LIVESTOCK = {263.917747, 268.307222, 260.662556, 266.639419, 277.515778, 283.834045,
            290.309028, 292.474198, 300.830694, 309.286657, 318.331081, 329.37239, 338.883998, 339.244126, 328.600632,
            314.255385, 314.459695, 321.413779, 329.789292, 346.385165, 352.297882, 348.370515, 417.562922, 417.12357,
            417.749459, 412.233904, 411.946817, 394.697075, 401.49927, 408.270468, 414.2428};

    static final double[] AUSTOURISTS = {30.052513, 19.148496, 25.317692, 27.591437, 32.076456, 23.487961, 28.47594,
            35.123753, 36.838485, 25.007017, 30.72223, 28.693759, 36.640986, 23.824609, 29.311683, 31.770309, 35.177877,
            19.775244, 29.60175, 34.538842, 41.273599, 26.655862, 28.279859, 35.191153, 42.205664, 24.649171, 32.667335,
            37.257354, 45.24246, 29.350481, 36.344207, 41.782081, 49.276598, 31.275401, 37.850625, 38.837044, 51.2369,
            31.838552, 41.323421, 42.799003, 55.708358, 33.407145, 42.316638, 45.157123, 59.57608, 34.83733, 44.841681,
            46.97125, 60.019031, 38.371179, 46.975864, 50.733796, 61.646873, 39.299569, 52.671209, 54.332317, 66.834358,
            40.871188, 51.828536, 57.49191, 65.25147, 43.061208, 54.760757, 59.834475, 73.257027, 47.696624, 61.097768,
            66.055761};

    static final EtsParameters R_AUSTOURISTS_AAA = new EtsParameters(0.20281952, 0.00016979, 0.4645238, 1,
            23.06996036, 0.57786622, new double[] {1.65451693, -1.17750326, -8.97988612, 8.50287244});

    static final EtsParameters R_AUSTOURISTS_MAM = new EtsParameters(0.31562139, 0.00010001, 0.00010005, 1,
            24.74993982, 0.51242558, new double[] {1.03713388, 0.95960345, 0.77017133, 1.23309134});

    @Test
    void simpleSmoothingOfOilProductionFindsRsParameters() {
        EtsModel model = EtsEstimator.fit(EtsForm.SIMPLE, OIL, 1);

        assertThat(model.parameters.alpha).isCloseTo(0.891998, within(5e-4));
        assertThat(model.parameters.level).isCloseTo(447.478440, within(0.05));
        assertThat(model.pointForecast(1)[0]).isCloseTo(496.493543, within(0.01));
    }

    @Test
    void dampedTrendOnLivestockReproducesRsStatesFittedValuesAndForecasts() {
        EtsParameters r = new EtsParameters(0.97402626, 0.00010006, 0, 0.98, 252.59039965, 6.90265918, new double[0]);
        // φ was fixed in R: four estimated parameters (α, β, ℓ0, b0)
        EtsModel model = new EtsModel(EtsForm.DAMPED, r, LIVESTOCK, 4);

        assertThat(model.run.last().level()).isCloseTo(414.1814574903921, within(1e-3));
        assertThat(model.run.last().trend()).isCloseTo(3.690553892582855, within(1e-3));
        assertThat(model.fitted()[0]).isCloseTo(259.3550056432622, within(1e-3));
        assertThat(model.fitted()[30]).isCloseTo(411.8810877289437, within(1e-3));
        assertThat(model.pointForecast(10)).containsExactly(new double[] {417.7982003051233, 421.3426082635598,
                424.8161280628277, 428.2201774661102, 431.5561458813270, 434.8253949282395, 438.0292589942138,
                441.1690457788685, 444.2460368278302, 447.2614880558126}, within(1e-3));
        assertThat(model.sse() / LIVESTOCK.length).isCloseTo(195.4397924865488, within(1e-3));
        assertThat(model.aicc()).isCloseTo(282.386426659408, within(1e-3));
    }

    @Test
    void additiveHoltWintersOnAustouristsReproducesRsForecastsAndVariance() {
        EtsModel model = new EtsModel(EtsForm.HOLT_WINTERS_ADDITIVE, R_AUSTOURISTS_AAA, AUSTOURISTS, 8);

        assertThat(model.fitted()[0]).isCloseTo(32.15069902, within(1e-6));
        assertThat(model.pointForecast(4)).containsExactly(
                new double[] {75.34454396, 50.75845291, 63.05022495, 67.48394643}, within(1e-5));
        assertThat(model.sigma2()).isCloseTo(6.20560506, within(1e-6));
    }

    @Test
    void multiplicativeHoltWintersOnAustouristsReproducesRsForecastsAndVariance() {
        EtsModel model = new EtsModel(EtsForm.HOLT_WINTERS_MULTIPLICATIVE, R_AUSTOURISTS_MAM, AUSTOURISTS, 8);

        assertThat(model.fitted()[0]).isCloseTo(31.150804, within(1e-5));
        assertThat(model.pointForecast(4)).containsExactly(
                new double[] {77.58807372, 48.8558019, 61.36513172, 66.85524201}, within(1e-5));
        assertThat(model.sigma2()).isCloseTo(0.00346044, within(1e-8));
    }

    @Test
    void ourEstimatesFitAustouristsAtLeastAsWellAsRs() {
        EtsModel oursAdditive = EtsEstimator.fit(EtsForm.HOLT_WINTERS_ADDITIVE, AUSTOURISTS, 4);
        EtsModel rAdditive = new EtsModel(EtsForm.HOLT_WINTERS_ADDITIVE, R_AUSTOURISTS_AAA, AUSTOURISTS, 8);
        EtsModel oursMultiplicative = EtsEstimator.fit(EtsForm.HOLT_WINTERS_MULTIPLICATIVE, AUSTOURISTS, 4);
        EtsModel rMultiplicative = new EtsModel(EtsForm.HOLT_WINTERS_MULTIPLICATIVE, R_AUSTOURISTS_MAM, AUSTOURISTS, 8);

        assertThat(oursAdditive.minus2LogLikelihood()).isLessThanOrEqualTo(rAdditive.minus2LogLikelihood() + 1e-3);
        assertThat(oursMultiplicative.minus2LogLikelihood()).isLessThanOrEqualTo(rMultiplicative.minus2LogLikelihood() + 1e-3);
        assertThat(oursAdditive.pointForecast(1)[0]).isCloseTo(75.34, within(1.0));
    }
}

package org.kehu.analytics.forecast;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * An ETS model with its parameters, run through its data: fitted values, the criterion and forecasts with
 * prediction intervals.
 * <p>
 * The criterion follows R's {@code forecast::ets}: {@code -2 log L} up to a constant shared by every model of the
 * same series, {@code n log(Σ e²) + 2 Σ log|μ|} (the second term only for multiplicative errors), and
 * {@code AICc = -2 log L + 2k + 2k(k+1)/(n-k-1)} with {@code k} the estimated parameters plus one for σ².
 * σ² is {@code Σ e² / (n - p)} with {@code p} the estimated parameters, as R's {@code ets} reports it.
 * <p>
 * Prediction intervals: for the linear forms (additive errors) from the state-space model's forecast variance,
 * {@code v(h) = σ² [1 + Σ_{j=1}^{h-1} c_j²]} with {@code c_j = α + β(φ + ... + φ^j) + γ·[j mod m = 0]}
 * (Hyndman et al. 2008, ch. 6, Table 6.1); for multiplicative errors, which have no closed form, from the
 * quantiles of {@value #PATHS} simulated future sample paths (fixed seed, so a page shows the same band twice).
 */
final class EtsModel {

    static final int PATHS = 5000;
    private static final long SEED = 20261206L;
    private static final double Z80 = new NormalDistribution().inverseCumulativeProbability(0.9);
    private static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    /** One forecast month: the point forecast and the 80 % and 95 % intervals. */
    record Forecast(double mean, double lower80, double upper80, double lower95, double upper95) {
    }

    final EtsForm form;
    final EtsParameters parameters;
    final EtsRecursion.Run run;
    final int n;
    /** How many parameters were estimated (smoothing parameters and initial states). */
    final int estimated;

    EtsModel(EtsForm form, EtsParameters parameters, double[] y, int estimated) {
        this.form = form;
        this.parameters = parameters;
        this.run = EtsRecursion.run(form, parameters, y);
        this.n = y.length;
        this.estimated = estimated;
    }

    double sse() {
        return run.sse();
    }

    double sigma2() {
        return run.sse() / (n - estimated);
    }

    double minus2LogLikelihood() {
        return n * Math.log(run.sse()) + 2 * run.sumLogAbsMean();
    }

    double aicc() {
        double k = estimated + 1.0;
        return minus2LogLikelihood() + 2 * k + 2 * k * (k + 1) / (n - k - 1);
    }

    double[] fitted() {
        return run.fitted().clone();
    }

    double[] pointForecast(int h) {
        return EtsRecursion.forecast(form, parameters, run.last(), h);
    }

    Forecast[] forecast(int h) {
        double[] mean = pointForecast(h);
        return form.linear() ? analytic(mean) : simulated(mean);
    }

    /** The forecast variance's factor {@code 1 + Σ c_j²} for each horizon 1..h (linear forms). */
    double[] varianceFactors(int h) {
        int m = parameters.period();
        double phi = form.damped() ? parameters.phi : 1;
        double[] factors = new double[h];
        double sum = 0;
        double phiSum = 0;
        double power = 1;
        factors[0] = 1;
        for (int j = 1; j < h; j++) {
            power *= phi;
            phiSum += power;
            double c = parameters.alpha + (form.hasTrend() ? parameters.beta * phiSum : 0)
                    + (form.seasonal() && j % m == 0 ? parameters.gamma : 0);
            sum += c * c;
            factors[j] = 1 + sum;
        }
        return factors;
    }

    private Forecast[] analytic(double[] mean) {
        double[] factors = varianceFactors(mean.length);
        Forecast[] out = new Forecast[mean.length];
        for (int k = 0; k < mean.length; k++) {
            double sd = Math.sqrt(sigma2() * factors[k]);
            out[k] = new Forecast(mean[k], mean[k] - Z80 * sd, mean[k] + Z80 * sd, mean[k] - Z95 * sd, mean[k] + Z95 * sd);
        }
        return out;
    }

    private Forecast[] simulated(double[] mean) {
        int h = mean.length;
        double[][] paths = new double[h][PATHS];
        double sd = Math.sqrt(sigma2());
        SplittableRandom random = new SplittableRandom(SEED);
        int m = parameters.period();
        double phi = form.damped() ? parameters.phi : 1;
        for (int p = 0; p < PATHS; p++) {
            double level = run.last().level();
            double trend = run.last().trend();
            double[] seasons = run.last().seasons().clone();
            for (int k = 0; k < h; k++) {
                double base = level + phi * trend;
                double s = seasons[m - 1];
                double mu = base * s;
                double e = sd * gaussian(random);
                paths[k][p] = mu * (1 + e);
                level = base * (1 + parameters.alpha * e);
                trend = phi * trend + parameters.beta * base * e;
                System.arraycopy(seasons, 0, seasons, 1, m - 1);
                seasons[0] = s * (1 + parameters.gamma * e);
            }
        }
        Forecast[] out = new Forecast[h];
        for (int k = 0; k < h; k++) {
            double[] v = paths[k];
            Arrays.sort(v);
            out[k] = new Forecast(mean[k], quantile(v, 0.1), quantile(v, 0.9), quantile(v, 0.025), quantile(v, 0.975));
        }
        return out;
    }

    /** A standard normal draw (Box-Muller): {@link SplittableRandom} has none of its own on Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** The quantile of sorted values, linear between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}

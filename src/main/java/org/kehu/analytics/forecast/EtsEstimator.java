package org.kehu.analytics.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Estimates an ETS model by maximum likelihood, as R's {@code ets} does: the smoothing parameters and the initial
 * states together, minimising {@code n log(Σ e²) + 2 Σ log|μ|} (for additive errors that is least squares) with
 * Nelder-Mead from several starts, each restarted until it stops improving.
 * <p>
 * The parameters keep R's "usual" region by construction, through logistic maps: {@code 1e-4 < α < 0.9999},
 * {@code 1e-4 < β < α}, {@code 1e-4 < γ < 1 - α}, {@code 0.8 < φ < 0.98}. The initial states start from
 * Hyndman et al.'s (2008, §2.6.1) heuristic: seasonal indices from a centred moving average over the first
 * (up to three) years, level and trend from a straight line through the first {@code max(10, 2m)} seasonally
 * adjusted values. The seasonal states are normalised (sum 0, or m when multiplicative), so {@code m - 1} of them
 * are free. The series is divided by its mean absolute value while fitting, so that every number the simplex moves
 * is of the order of one.
 */
final class EtsEstimator {

    static final double LOWER = 1e-4;
    static final double UPPER = 0.9999;
    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.98;
    /** Starting values of α: three for the small non-seasonal forms, one (restarted) for the seasonal ones. */
    private static final double[] ALPHA_STARTS = {0.1, 0.5, 0.9};
    private static final double[] SEASONAL_ALPHA_STARTS = {0.3};
    private static final int MAX_EVAL = 10_000;
    private static final int ROUNDS = 4;

    private EtsEstimator() {
    }

    /** The maximum-likelihood model of the form for the series, of period {@code m} (1 when not seasonal). */
    static EtsModel fit(EtsForm form, double[] y, int m) {
        int period = form.seasonal() ? m : 0;
        double scale = Arrays.stream(y).map(Math::abs).average().orElse(1);
        if (scale == 0) {
            scale = 1;
        }
        double[] ys = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            ys[i] = y[i] / scale;
        }
        Layout layout = new Layout(form, period);
        double[] states = initialStates(form, ys, period);
        PointValuePair best = null;
        for (double alpha : form.seasonal() ? SEASONAL_ALPHA_STARTS : ALPHA_STARTS) {
            double[] start = layout.start(alpha, states);
            PointValuePair found = minimise(layout, ys, start);
            if (best == null || found.getValue() < best.getValue()) {
                best = found;
            }
        }
        EtsParameters scaled = layout.parameters(best.getPoint());
        double[] seasons = scaled.seasons();
        if (form.season() == EtsForm.Season.A) {
            for (int i = 0; i < seasons.length; i++) {
                seasons[i] *= scale;
            }
        }
        EtsParameters parameters = new EtsParameters(scaled.alpha, scaled.beta, scaled.gamma, scaled.phi,
                scaled.level * scale, scaled.trend * scale, seasons);
        return new EtsModel(form, parameters, y, form.estimatedParameters(period));
    }

    private static PointValuePair minimise(Layout layout, double[] ys, double[] start) {
        ObjectiveFunction objective = new ObjectiveFunction(x -> criterion(layout, ys, x));
        PointValuePair current = new PointValuePair(start, criterion(layout, ys, start));
        for (int round = 0; round < ROUNDS; round++) {
            SimplexOptimizer optimizer = new SimplexOptimizer(1e-10, 1e-12);
            PointValuePair next;
            try {
                next = optimizer.optimize(new MaxEval(MAX_EVAL), objective, GoalType.MINIMIZE,
                        new InitialGuess(current.getPoint()), new NelderMeadSimplex(layout.steps(current.getPoint())));
            } catch (MathIllegalStateException tooManyEvaluations) {
                break;
            }
            boolean improved = next.getValue() < current.getValue() - 1e-9 * Math.max(1, Math.abs(current.getValue()));
            if (next.getValue() < current.getValue()) {
                current = next;
            }
            if (!improved) {
                break;
            }
        }
        return current;
    }

    private static double criterion(Layout layout, double[] ys, double[] x) {
        EtsParameters p = layout.parameters(x);
        EtsRecursion.Run run = EtsRecursion.run(layout.form, p, ys);
        if (!run.valid()) {
            return Double.MAX_VALUE;
        }
        double value = ys.length * Math.log(run.sse() + 1e-300) + 2 * run.sumLogAbsMean();
        return Double.isFinite(value) ? value : Double.MAX_VALUE;
    }

    /** Hyndman et al. (2008) §2.6.1 / R's {@code initstate}: [level, trend, s(0), ..., s(1-m)]. */
    static double[] initialStates(EtsForm form, double[] y, int m) {
        int n = y.length;
        double[] index = new double[m];
        double[] adjusted = y.clone();
        if (form.seasonal()) {
            index = seasonalIndex(y, m, form.season() == EtsForm.Season.M);
            for (int t = 0; t < n; t++) {
                adjusted[t] = form.season() == EtsForm.Season.M ? y[t] / index[t % m] : y[t] - index[t % m];
            }
        }
        int maxn = Math.min(Math.max(10, 2 * m), n);
        double level;
        double trend = 0;
        if (form.hasTrend()) {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int t = 1; t <= maxn; t++) {
                sx += t;
                sy += adjusted[t - 1];
                sxx += (double) t * t;
                sxy += t * adjusted[t - 1];
            }
            trend = (maxn * sxy - sx * sy) / (maxn * sxx - sx * sx);
            level = (sy - trend * sx) / maxn;
        } else {
            level = Arrays.stream(adjusted, 0, maxn).average().orElse(0);
        }
        double[] states = new double[2 + m];
        states[0] = level;
        states[1] = trend;
        for (int i = 0; i < m; i++) {
            states[2 + m - 1 - i] = index[i];
        }
        return states;
    }

    /** Seasonal indices by position in the period, from a centred (2×m when m is even) moving average. */
    static double[] seasonalIndex(double[] y, int m, boolean multiplicative) {
        int k = Math.min(y.length, 3 * m);
        double[] sum = new double[m];
        int[] count = new int[m];
        int half = m / 2;
        for (int t = half; t < k - half; t++) {
            double ma;
            if (m % 2 == 0) {
                double s = 0.5 * y[t - half] + 0.5 * y[t + half];
                for (int j = -half + 1; j <= half - 1; j++) {
                    s += y[t + j];
                }
                ma = s / m;
            } else {
                double s = 0;
                for (int j = -half; j <= half; j++) {
                    s += y[t + j];
                }
                ma = s / m;
            }
            sum[t % m] += multiplicative ? y[t] / ma : y[t] - ma;
            count[t % m]++;
        }
        double[] index = new double[m];
        double mean = 0;
        for (int i = 0; i < m; i++) {
            index[i] = count[i] == 0 ? (multiplicative ? 1 : 0) : sum[i] / count[i];
            mean += index[i] / m;
        }
        for (int i = 0; i < m; i++) {
            index[i] = multiplicative ? index[i] / mean : index[i] - mean;
        }
        return index;
    }

    /** Where each number sits in the simplex's vector, and the maps back to the parameters' region. */
    private static final class Layout {

        final EtsForm form;
        final int m;

        Layout(EtsForm form, int m) {
            this.form = form;
            this.m = m;
        }

        double[] start(double alpha, double[] states) {
            List<Double> x = new ArrayList<>();
            x.add(logit((alpha - LOWER) / (UPPER - LOWER)));
            if (form.hasTrend()) {
                x.add(logit(0.1));
            }
            if (form.seasonal()) {
                x.add(logit(0.1));
            }
            if (form.damped()) {
                x.add(logit(0.9));
            }
            x.add(states[0]);
            if (form.hasTrend()) {
                x.add(states[1]);
            }
            for (int i = 0; i < m - 1; i++) {
                x.add(states[2 + i]);
            }
            return x.stream().mapToDouble(Double::doubleValue).toArray();
        }

        double[] steps(double[] x) {
            double[] steps = new double[x.length];
            int smoothing = 1 + (form.hasTrend() ? 1 : 0) + (form.seasonal() ? 1 : 0) + (form.damped() ? 1 : 0);
            for (int i = 0; i < x.length; i++) {
                steps[i] = i < smoothing ? 1.0 : 0.05 + 0.1 * Math.abs(x[i]);
            }
            return steps;
        }

        EtsParameters parameters(double[] x) {
            int i = 0;
            double alpha = LOWER + (UPPER - LOWER) * logistic(x[i++]);
            double beta = form.hasTrend() ? LOWER + (alpha - LOWER) * logistic(x[i++]) : 0;
            double gamma = form.seasonal() ? LOWER + (1 - alpha - LOWER) * logistic(x[i++]) : 0;
            double phi = form.damped() ? PHI_LOWER + (PHI_UPPER - PHI_LOWER) * logistic(x[i++]) : 1;
            double level = x[i++];
            double trend = form.hasTrend() ? x[i++] : 0;
            double[] seasons = new double[m];
            double sum = 0;
            for (int j = 0; j < m - 1; j++) {
                seasons[j] = x[i++];
                sum += seasons[j];
            }
            if (m > 0) {
                seasons[m - 1] = (form.season() == EtsForm.Season.M ? m : 0) - sum;
            }
            return new EtsParameters(alpha, beta, gamma, phi, level, trend, seasons);
        }
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}

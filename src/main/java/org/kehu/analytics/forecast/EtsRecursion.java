package org.kehu.analytics.forecast;

/**
 * Runs an ETS model through a series: the one-step fitted values, the errors of the model (absolute for additive
 * errors, relative for multiplicative ones), their sum of squares, and the states after the last observation. The
 * equations are those of Hyndman et al. (2008), Table 2.3 (and fpp3 §8.5), for the forms of {@link EtsForm}.
 */
final class EtsRecursion {

    /** What running a model through the data gives; {@code valid} is false when a multiplicative model broke down. */
    record Run(boolean valid, double[] fitted, double[] errors, double sse, double sumLogAbsMean, State last) {
    }

    /** The states at one time: level, trend, seasonal states newest first. */
    record State(double level, double trend, double[] seasons) {
    }

    private EtsRecursion() {
    }

    static Run run(EtsForm form, EtsParameters p, double[] y) {
        int n = y.length;
        int m = p.period();
        double level = p.level;
        double trend = form.hasTrend() ? p.trend : 0;
        double phi = form.damped() ? p.phi : 1;
        double[] seasons = p.seasons();
        double[] fitted = new double[n];
        double[] errors = new double[n];
        double sse = 0;
        double sumLog = 0;
        for (int t = 0; t < n; t++) {
            double base = level + phi * trend;
            double s = form.seasonal() ? seasons[m - 1] : 0;
            double mean = switch (form.season()) {
                case N -> base;
                case A -> base + s;
                case M -> base * s;
            };
            fitted[t] = mean;
            double e;
            if (form.error() == EtsForm.Error.A) {
                e = y[t] - mean;
                level = base + p.alpha * e;
                trend = phi * trend + p.beta * e;
                s = s + p.gamma * e;
            } else {
                if (!(mean > 1e-10) || !(base > 0) || !(s > 0)) {
                    return new Run(false, fitted, errors, Double.POSITIVE_INFINITY, 0, null);
                }
                e = (y[t] - mean) / mean;
                sumLog += Math.log(mean);
                level = base * (1 + p.alpha * e);
                trend = phi * trend + p.beta * base * e;
                s = s * (1 + p.gamma * e);
            }
            errors[t] = e;
            sse += e * e;
            if (form.seasonal()) {
                System.arraycopy(seasons, 0, seasons, 1, m - 1);
                seasons[0] = s;
            }
        }
        boolean valid = Double.isFinite(sse) && Double.isFinite(level);
        return new Run(valid, fitted, errors, sse, sumLog, new State(level, trend, seasons));
    }

    /** The point forecasts 1..h steps ahead from a state: no further errors. */
    static double[] forecast(EtsForm form, EtsParameters p, State from, int h) {
        int m = from.seasons().length;
        double phi = form.damped() ? p.phi : 1;
        double[] f = new double[h];
        double phiSum = 0;
        double power = 1;
        for (int k = 1; k <= h; k++) {
            power *= phi;
            phiSum += power;
            double base = from.level() + phiSum * from.trend();
            // s(n + k - m(⌊(k-1)/m⌋ + 1)): seasons[0] is s(n), seasons[m-1] is s(n-m+1)
            double s = form.seasonal() ? from.seasons()[m - 1 - (k - 1) % m] : 0;
            f[k - 1] = switch (form.season()) {
                case N -> base;
                case A -> base + s;
                case M -> base * s;
            };
        }
        return f;
    }
}

package org.kehu.analytics.forecast;

import java.util.Arrays;

/**
 * Smoothing parameters and initial states of an ETS model, in the state-space form of R's {@code ets}: the trend
 * parameter β is that of {@code b(t) = φ b(t-1) + β e(t)} (so β ≤ α), not Holt's β* of the component form. The
 * initial seasonal states run newest first, {@code s(0), s(-1), ..., s(1-m)}, as R prints {@code initstate}: the
 * first observation uses {@code s(1-m)}, the last of them. Absent components are 0 (φ is 1 without damping).
 */
final class EtsParameters {

    final double alpha;
    final double beta;
    final double gamma;
    final double phi;
    final double level;
    final double trend;
    private final double[] seasons;

    EtsParameters(double alpha, double beta, double gamma, double phi, double level, double trend, double[] seasons) {
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.phi = phi;
        this.level = level;
        this.trend = trend;
        this.seasons = seasons.clone();
    }

    static EtsParameters simple(double alpha, double level) {
        return new EtsParameters(alpha, 0, 0, 1, level, 0, new double[0]);
    }

    double[] seasons() {
        return seasons.clone();
    }

    int period() {
        return seasons.length;
    }

    @Override
    public String toString() {
        return "α=" + alpha + " β=" + beta + " γ=" + gamma + " φ=" + phi + " l0=" + level + " b0=" + trend
                + " s=" + Arrays.toString(seasons);
    }
}

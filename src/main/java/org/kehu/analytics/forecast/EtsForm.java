package org.kehu.analytics.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * One member of the exponential smoothing family in the state-space notation of Hyndman, Koehler, Ord &amp; Snyder
 * (2008): ETS(error, trend, season). The forms Kehu considers: simple exponential smoothing ETS(A,N,N), Holt's
 * additive trend ETS(A,A,N), the damped trend ETS(A,Ad,N), Holt-Winters with additive seasonality ETS(A,A,A) and
 * ETS(A,Ad,A), seasonal without trend ETS(A,N,A), and Holt-Winters with multiplicative seasonality ETS(M,A,M) and
 * ETS(M,Ad,M). Additive errors with a multiplicative season are left out as R's {@code ets(restrict = TRUE)} leaves
 * them out: their forecast variance can be infinite.
 */
record EtsForm(Error error, Trend trend, Season season) {

    enum Error { A, M }

    enum Trend {
        N(""), A("A"), Ad("Ad");

        final String code;

        Trend(String code) {
            this.code = code;
        }
    }

    enum Season { N, A, M }

    static final EtsForm SIMPLE = new EtsForm(Error.A, Trend.N, Season.N);
    static final EtsForm HOLT = new EtsForm(Error.A, Trend.A, Season.N);
    static final EtsForm DAMPED = new EtsForm(Error.A, Trend.Ad, Season.N);
    static final EtsForm SEASONAL = new EtsForm(Error.A, Trend.N, Season.A);
    static final EtsForm HOLT_WINTERS_ADDITIVE = new EtsForm(Error.A, Trend.A, Season.A);
    static final EtsForm HOLT_WINTERS_ADDITIVE_DAMPED = new EtsForm(Error.A, Trend.Ad, Season.A);
    static final EtsForm HOLT_WINTERS_MULTIPLICATIVE = new EtsForm(Error.M, Trend.A, Season.M);
    static final EtsForm HOLT_WINTERS_MULTIPLICATIVE_DAMPED = new EtsForm(Error.M, Trend.Ad, Season.M);

    EtsForm {
        if (error == Error.A && season == Season.M || error == Error.M && season != Season.M) {
            throw new IllegalArgumentException("Kehu does not fit ETS(" + error + "," + trend + "," + season + ")");
        }
    }

    /** The forms worth fitting: seasonal ones only when allowed, multiplicative ones only on positive data. */
    static List<EtsForm> candidates(boolean seasonal, boolean positive) {
        List<EtsForm> forms = new ArrayList<>(List.of(SIMPLE, HOLT, DAMPED));
        if (seasonal) {
            forms.addAll(List.of(SEASONAL, HOLT_WINTERS_ADDITIVE, HOLT_WINTERS_ADDITIVE_DAMPED));
            if (positive) {
                forms.addAll(List.of(HOLT_WINTERS_MULTIPLICATIVE, HOLT_WINTERS_MULTIPLICATIVE_DAMPED));
            }
        }
        return forms;
    }

    boolean hasTrend() {
        return trend != Trend.N;
    }

    boolean damped() {
        return trend == Trend.Ad;
    }

    boolean seasonal() {
        return season != Season.N;
    }

    /** Linear in its states and errors: forecast variances have a closed form (Hyndman et al. 2008, class 1). */
    boolean linear() {
        return error == Error.A;
    }

    /** How many numbers the fit estimates (smoothing parameters and initial states, {@code m - 1} free seasonals). */
    int estimatedParameters(int period) {
        int n = 2;
        if (hasTrend()) {
            n += 2;
        }
        if (damped()) {
            n += 1;
        }
        if (seasonal()) {
            n += period;
        }
        return n;
    }

    /** The form as R and the literature write it, e.g. {@code ETS(A,Ad,N)}. */
    String code() {
        return "ETS(" + error + "," + (trend == Trend.N ? "N" : trend.code) + "," + season + ")";
    }

    /** The message key of the form's name (simple exponential smoothing, Holt's linear trend, ...). */
    String labelKey() {
        return "forecast.form." + error + (trend == Trend.N ? "N" : trend.code) + season;
    }
}

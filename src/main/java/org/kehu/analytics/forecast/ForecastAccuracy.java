package org.kehu.analytics.forecast;

/**
 * Forecast errors on held-out observations.
 * <ul>
 * <li>MAPE: the mean of {@code 100 |y - ŷ| / |y|} over the held-out months; undefined when one of them is zero.</li>
 * <li>MASE (Hyndman &amp; Koehler 2006, "Another look at measures of forecast accuracy", IJF 22(4)): the mean
 * absolute error divided by the in-sample mean absolute error of the seasonal naive forecast on the training data,
 * {@code (1/(n-m)) Σ_{t=m+1}^{n} |y_t - y_{t-m}|}, with m = 12 for monthly data. Below 1: better than the seasonal
 * naive method was in sample. Undefined when the training data are no longer than m, or that scale is zero.</li>
 * </ul>
 */
final class ForecastAccuracy {

    private ForecastAccuracy() {
    }

    /** MAPE in percent, or {@code null}. */
    static Double mape(double[] actual, double[] forecast) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == 0) {
                return null;
            }
            sum += Math.abs(actual[i] - forecast[i]) / Math.abs(actual[i]);
        }
        return actual.length == 0 ? null : 100 * sum / actual.length;
    }

    /** MASE with the seasonal naive scale of period {@code m} on {@code training}, or {@code null}. */
    static Double mase(double[] training, double[] actual, double[] forecast, int m) {
        if (training.length <= m || actual.length == 0) {
            return null;
        }
        double scale = 0;
        for (int t = m; t < training.length; t++) {
            scale += Math.abs(training[t] - training[t - m]);
        }
        scale /= training.length - m;
        if (scale == 0) {
            return null;
        }
        double mae = 0;
        for (int i = 0; i < actual.length; i++) {
            mae += Math.abs(actual[i] - forecast[i]);
        }
        return mae / actual.length / scale;
    }
}

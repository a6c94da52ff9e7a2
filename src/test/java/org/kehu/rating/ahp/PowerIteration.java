package org.kehu.rating.ahp;

/**
 * An independent way to the principal eigenvector for the tests: repeated multiplication (the Perron vector of a
 * positive matrix dominates), normalised to sum 1, and λmax as the mean of (Aw)_i / w_i.
 */
public final class PowerIteration {

    private PowerIteration() {
    }

    public static double[] principal(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        for (int step = 0; step < 10_000; step++) {
            double[] next = multiply(a, w);
            double sum = 0;
            for (double v : next) {
                sum += v;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change < 1e-15) {
                break;
            }
        }
        return w;
    }

    public static double lambdaMax(double[][] a, double[] w) {
        double[] aw = multiply(a, w);
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += aw[i] / w[i];
        }
        return sum / w.length;
    }

    private static double[] multiply(double[][] a, double[] w) {
        double[] r = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                r[i] += a[i][j] * w[j];
            }
        }
        return r;
    }
}

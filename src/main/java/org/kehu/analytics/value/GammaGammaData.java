package org.kehu.analytics.value;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

/**
 * Spending histories for fitting the Gamma-Gamma model: x repeat purchases of mean value z̄, for customers with
 * x &gt; 0 and z̄ &gt; 0 only (the model is of positive values; a customer whose returns outweigh their purchases
 * says nothing about the size of a purchase), with a weight (customers sharing the row).
 */
final class GammaGammaData {

    final double[] x;
    final double[] zbar;
    final double[] weight;
    /** ln z̄ of each row, the same at every step of the fit. */
    private final double[] lnZbar;

    GammaGammaData(double[] x, double[] zbar, double[] weight) {
        int[] keep = IntStream.range(0, x.length).filter(i -> x[i] > 0 && zbar[i] > 0 && weight[i] > 0).boxed()
                .sorted((i, j) -> Double.compare(x[i], x[j])).mapToInt(Integer::intValue).toArray();
        this.x = Arrays.stream(keep).mapToDouble(i -> x[i]).toArray();
        this.zbar = Arrays.stream(keep).mapToDouble(i -> zbar[i]).toArray();
        this.weight = Arrays.stream(keep).mapToDouble(i -> weight[i]).toArray();
        this.lnZbar = Arrays.stream(this.zbar).map(Math::log).toArray();
    }

    int rows() {
        return x.length;
    }

    double customers() {
        return Arrays.stream(weight).sum();
    }

    double meanValue() {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += weight[i] * zbar[i];
        }
        return sum / customers();
    }

    /** Whether the mean values differ at all: identical spending leaves q and γ undetermined. */
    boolean varies() {
        return Arrays.stream(zbar).distinct().limit(2).count() > 1;
    }

    private GammaGammaData(double[] x, double[] zbar, double[] weight, int rows) {
        // already filtered and ordered by x: a sample of this data
        this.x = Arrays.copyOf(x, rows);
        this.zbar = Arrays.copyOf(zbar, rows);
        this.weight = Arrays.copyOf(weight, rows);
        this.lnZbar = Arrays.stream(this.zbar).map(Math::log).toArray();
    }

    /** Every k-th row, weighted k times, for comparing starting points on a large data set. */
    GammaGammaData sample(int maxRows) {
        if (rows() <= maxRows) {
            return this;
        }
        int stride = (rows() + maxRows - 1) / maxRows;
        int[] picked = IntStream.range(0, rows()).filter(i -> i % stride == 0).toArray();
        return new GammaGammaData(Arrays.stream(picked).mapToDouble(i -> x[i]).toArray(),
                Arrays.stream(picked).mapToDouble(i -> zbar[i]).toArray(),
                Arrays.stream(picked).mapToDouble(i -> weight[i] * stride).toArray(), picked.length);
    }

    /** The log-likelihood of all rows (the sum of the note's equation (3)), the Γ terms once per run of equal x. */
    double logLikelihood(GammaGamma model) {
        if (rows() < 50_000) {
            return logLikelihood(model, 0, rows());
        }
        int chunks = 16;
        int size = (rows() + chunks - 1) / chunks;
        return IntStream.range(0, chunks).parallel()
                .mapToDouble(c -> logLikelihood(model, c * size, Math.min(rows(), (c + 1) * size))).sum();
    }

    private double logLikelihood(GammaGamma model, int from, int to) {
        double p = model.p();
        double q = model.q();
        double gamma = model.gamma();
        double lnGammaQ = Gamma.logGamma(q) - q * FastMath.log(gamma);
        double runX = Double.NaN;
        double constant = 0;
        double sum = 0;
        for (int i = from; i < to; i++) {
            double xi = x[i];
            if (xi != runX) {
                runX = xi;
                constant = Gamma.logGamma(p * xi + q) - Gamma.logGamma(p * xi) - lnGammaQ + p * xi * FastMath.log(xi);
            }
            double px = p * xi;
            sum += weight[i] * (constant + (px - 1) * lnZbar[i] - (px + q) * Math.log(gamma + xi * zbar[i]));
        }
        return sum;
    }
}

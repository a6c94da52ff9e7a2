package org.kehu.analytics.value;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Purchase histories for fitting the BG/NBD: rows of (x, t_x, T) with the number of customers who share them
 * (one row per customer, or identical histories grouped, which makes the likelihood fast), ordered by x so
 * that what depends only on x is worked out once per run of equal x.
 */
final class BgNbdData {

    private static final int PARALLEL_ABOVE = 50_000;

    final double[] x;
    final double[] tx;
    final double[] bigT;
    final double[] weight;

    private BgNbdData(double[] x, double[] tx, double[] bigT, double[] weight) {
        this.x = x;
        this.tx = tx;
        this.bigT = bigT;
        this.weight = weight;
    }

    /** Histories in any order; rows with a weight of zero are dropped. */
    static BgNbdData of(double[] x, double[] tx, double[] bigT, double[] weight) {
        Integer[] order = IntStream.range(0, x.length).filter(i -> weight[i] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
        double[] sx = new double[order.length];
        double[] stx = new double[order.length];
        double[] sT = new double[order.length];
        double[] sw = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            sx[k] = x[i];
            stx[k] = tx[i];
            sT[k] = bigT[i];
            sw[k] = weight[i];
        }
        return new BgNbdData(sx, stx, sT, sw);
    }

    int rows() {
        return x.length;
    }

    double customers() {
        return Arrays.stream(weight).sum();
    }

    double repeatCustomers() {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                sum += weight[i];
            }
        }
        return sum;
    }

    double meanT() {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += weight[i] * bigT[i];
        }
        return sum / customers();
    }

    double meanX() {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += weight[i] * x[i];
        }
        return sum / customers();
    }

    /** Every k-th row, weighted k times, for comparing starting points on a large data set. */
    BgNbdData sample(int maxRows) {
        if (rows() <= maxRows) {
            return this;
        }
        int stride = (rows() + maxRows - 1) / maxRows;
        int n = (rows() + stride - 1) / stride;
        double[] sx = new double[n];
        double[] stx = new double[n];
        double[] sT = new double[n];
        double[] sw = new double[n];
        for (int k = 0; k < n; k++) {
            int i = k * stride;
            sx[k] = x[i];
            stx[k] = tx[i];
            sT[k] = bigT[i];
            sw[k] = weight[i] * stride;
        }
        return new BgNbdData(sx, stx, sT, sw);
    }

    /** The log-likelihood of all histories under the model (the sum of the paper's equation (6)). */
    double logLikelihood(BgNbd model) {
        if (rows() < PARALLEL_ABOVE) {
            return logLikelihood(model, 0, rows());
        }
        int chunks = 16;
        int size = (rows() + chunks - 1) / chunks;
        return IntStream.range(0, chunks).parallel()
                .mapToDouble(c -> logLikelihood(model, c * size, Math.min(rows(), (c + 1) * size))).sum();
    }

    private double logLikelihood(BgNbd model, int from, int to) {
        double sum = 0;
        double runX = Double.NaN;
        double common = 0;
        double alive = 0;
        double dead = 0;
        for (int i = from; i < to; i++) {
            if (x[i] != runX) {
                runX = x[i];
                common = model.lnCommon(runX);
                alive = model.lnAliveTerm(runX);
                dead = model.lnDeadTerm(runX);
            }
            sum += weight[i] * model.logLikelihood(runX, tx[i], bigT[i], common, alive, dead);
        }
        return sum;
    }
}

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
    /** t_x and T in whole days when the histories came from purchase days (null otherwise), and the unit in days. */
    private final int[] txDays;
    private final int[] tDays;
    private final double daysPerUnit;

    private BgNbdData(double[] x, double[] tx, double[] bigT, double[] weight) {
        this(x, tx, bigT, weight, null, null, 0);
    }

    private BgNbdData(double[] x, double[] tx, double[] bigT, double[] weight, int[] txDays, int[] tDays,
            double daysPerUnit) {
        this.x = x;
        this.tx = tx;
        this.bigT = bigT;
        this.weight = weight;
        this.txDays = txDays;
        this.tDays = tDays;
        this.daysPerUnit = daysPerUnit;
    }

    /**
     * Histories in whole days, the model's unit {@code daysPerUnit} days long. The likelihood then takes
     * ln(α + t) from a table of the few hundred distinct days instead of two logarithms per row.
     */
    static BgNbdData ofDays(int[] x, int[] txDays, int[] tDays, double[] weight, double daysPerUnit) {
        Integer[] order = IntStream.range(0, x.length).filter(i -> weight[i] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (i, j) -> Integer.compare(x[i], x[j]));
        int n = order.length;
        double[] sx = new double[n];
        double[] stx = new double[n];
        double[] sT = new double[n];
        double[] sw = new double[n];
        int[] dtx = new int[n];
        int[] dT = new int[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            sx[k] = x[i];
            dtx[k] = txDays[i];
            dT[k] = tDays[i];
            stx[k] = txDays[i] / daysPerUnit;
            sT[k] = tDays[i] / daysPerUnit;
            sw[k] = weight[i];
        }
        return new BgNbdData(sx, stx, sT, sw, dtx, dT, daysPerUnit);
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
        int[] dtx = txDays == null ? null : new int[n];
        int[] dT = tDays == null ? null : new int[n];
        for (int k = 0; k < n; k++) {
            int i = k * stride;
            sx[k] = x[i];
            stx[k] = tx[i];
            sT[k] = bigT[i];
            sw[k] = weight[i] * stride;
            if (dtx != null) {
                dtx[k] = txDays[i];
                dT[k] = tDays[i];
            }
        }
        return new BgNbdData(sx, stx, sT, sw, dtx, dT, daysPerUnit);
    }

    /** The log-likelihood of all histories under the model (the sum of the paper's equation (6)). */
    double logLikelihood(BgNbd model) {
        double[] lnAlphaPlus = tDays == null ? null : lnAlphaPlusDays(model.alpha());
        if (rows() < PARALLEL_ABOVE) {
            return logLikelihood(model, lnAlphaPlus, 0, rows());
        }
        int chunks = 16;
        int size = (rows() + chunks - 1) / chunks;
        return IntStream.range(0, chunks).parallel()
                .mapToDouble(c -> logLikelihood(model, lnAlphaPlus, c * size, Math.min(rows(), (c + 1) * size)))
                .sum();
    }

    /** ln(α + d / unit) for every day d up to the longest T: each row then looks its two logarithms up. */
    private double[] lnAlphaPlusDays(double alpha) {
        int longest = 0;
        for (int days : tDays) {
            longest = Math.max(longest, days);
        }
        double[] table = new double[longest + 1];
        for (int d = 0; d <= longest; d++) {
            table[d] = Math.log(alpha + d / daysPerUnit);
        }
        return table;
    }

    private double logLikelihood(BgNbd model, double[] lnAlphaPlus, int from, int to) {
        double sum = 0;
        double runX = Double.NaN;
        double common = 0;
        double alive = 0;
        double dead = 0;
        double r = model.r();
        for (int i = from; i < to; i++) {
            if (x[i] != runX) {
                runX = x[i];
                common = model.lnCommon(runX);
                alive = model.lnAliveTerm(runX);
                dead = model.lnDeadTerm(runX);
            }
            if (lnAlphaPlus == null) {
                sum += weight[i] * model.logLikelihood(runX, tx[i], bigT[i], common, alive, dead);
                continue;
            }
            // the same as BgNbd.logLikelihood, with the logarithms of α + t looked up
            double lnAlive = alive - (r + runX) * lnAlphaPlus[tDays[i]];
            double ll;
            if (runX == 0) {
                ll = common + lnAlive;
            } else {
                double lnDead = dead - (r + runX) * lnAlphaPlus[txDays[i]];
                double max = Math.max(lnAlive, lnDead);
                ll = common + max + Math.log1p(Math.exp(Math.min(lnAlive, lnDead) - max));
            }
            sum += weight[i] * ll;
        }
        return sum;
    }
}

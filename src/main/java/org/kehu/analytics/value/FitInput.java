package org.kehu.analytics.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the fit needs of the purchases, gathered in one pass over them in customer order: the BG/NBD's histories
 * (x, t_x, T in days) grouped with how many customers share each (many do: a history is three small whole numbers),
 * the Gamma-Gamma model's spending rows (x, z̄) of the customers with repeat purchases of positive mean value, and for
 * the holdout figure the cohort's first purchases and repeat purchases per day. Days are relative to the calibration
 * end (negative before it); purchases after the end count only as the holdout's repeat purchases.
 */
final class FitInput {

    private final BgNbdData bgNbd;
    private final GammaGammaData gammaGamma;
    private final List<long[]> firstPurchases;
    private final List<long[]> repeatPurchasesPerDay;

    private FitInput(BgNbdData bgNbd, GammaGammaData gammaGamma, List<long[]> firstPurchases,
            List<long[]> repeatPurchasesPerDay) {
        this.bgNbd = bgNbd;
        this.gammaGamma = gammaGamma;
        this.firstPurchases = firstPurchases;
        this.repeatPurchasesPerDay = repeatPurchasesPerDay;
    }

    BgNbdData bgNbd() {
        return bgNbd;
    }

    GammaGammaData gammaGamma() {
        return gammaGamma;
    }

    /** (first purchase day, customers) of the cohort, in day order. */
    List<long[]> firstPurchases() {
        return firstPurchases;
    }

    /** (day, repeat purchases of the cohort), in day order, through the last day with purchases. */
    List<long[]> repeatPurchasesPerDay() {
        return repeatPurchasesPerDay;
    }

    /** Takes the purchases one by one, in customer and day order, and folds each customer as the next begins. */
    static final class Builder {

        private final int firstDay;
        private final long[] firsts;
        private final long[] repeats;
        private final LongCounts histories = new LongCounts();
        private double[] spendX = new double[1024];
        private double[] spendZbar = new double[1024];
        private int spenders;

        private long customer = Long.MIN_VALUE;
        private int first;
        private int last;
        private int days;
        private long firstCents;
        private long cents;

        /** {@code firstDay}, {@code lastDay}: the span of the purchases' days relative to the end. */
        Builder(int firstDay, int lastDay) {
            this.firstDay = firstDay;
            int length = Math.max(0, lastDay - firstDay) + 1;
            this.firsts = new long[length];
            this.repeats = new long[length];
        }

        /** One purchase day: the customer, the day relative to the end, its net amount in cents. */
        void purchase(long customerId, int day, long amountCents) {
            if (customerId != customer) {
                fold();
                customer = customerId;
                first = day;
                last = day;
                days = 0;
                firstCents = amountCents;
                cents = 0;
            }
            if (first > 0) {
                return; // first bought after the end: not in the cohort
            }
            if (day > first) {
                repeats[day - firstDay]++;
            }
            if (day <= 0) {
                days++;
                last = day;
                cents += amountCents;
            }
        }

        private void fold() {
            if (customer == Long.MIN_VALUE || first > 0) {
                return;
            }
            int x = days - 1;
            histories.add(key(x, last - first, -first), 1);
            firsts[first - firstDay]++;
            long repeatCents = cents - firstCents;
            if (x > 0 && repeatCents > 0) {
                if (spenders == spendX.length) {
                    spendX = Arrays.copyOf(spendX, spenders * 2);
                    spendZbar = Arrays.copyOf(spendZbar, spenders * 2);
                }
                spendX[spenders] = x;
                spendZbar[spenders] = repeatCents / 100.0 / x;
                spenders++;
            }
        }

        FitInput build() {
            fold();
            customer = Long.MIN_VALUE;
            int n = histories.size();
            int[] x = new int[n];
            int[] tx = new int[n];
            int[] bigT = new int[n];
            double[] weight = new double[n];
            int[] row = {0};
            histories.forEach((key, count) -> {
                x[row[0]] = (int) (key >>> 42);
                tx[row[0]] = (int) ((key >>> 21) & MASK);
                bigT[row[0]] = (int) (key & MASK);
                weight[row[0]] = count;
                row[0]++;
            });
            double[] ones = new double[spenders];
            Arrays.fill(ones, 1);
            GammaGammaData spending = new GammaGammaData(Arrays.copyOf(spendX, spenders),
                    Arrays.copyOf(spendZbar, spenders), ones);
            List<long[]> cohort = new ArrayList<>();
            List<long[]> perDay = new ArrayList<>();
            int lastRepeat = -1;
            for (int i = 0; i < firsts.length; i++) {
                if (firsts[i] > 0) {
                    cohort.add(new long[] {i + (long) firstDay, firsts[i]});
                }
                if (repeats[i] > 0) {
                    lastRepeat = i;
                }
            }
            for (int i = 0; i <= lastRepeat; i++) {
                if (repeats[i] > 0) {
                    perDay.add(new long[] {i + (long) firstDay, repeats[i]});
                }
            }
            return new FitInput(BgNbdData.ofDays(x, tx, bigT, weight, PurchaseSummaries.DAYS_PER_UNIT), spending,
                    cohort, perDay);
        }

        private static final long MASK = (1L << 21) - 1;

        /** x, t_x and T in 21 bits each: up to two million purchase days and 5,700 years. */
        private static long key(int x, int txDays, int tDays) {
            return ((long) x << 42) | ((long) txDays << 21) | tDays;
        }
    }
}

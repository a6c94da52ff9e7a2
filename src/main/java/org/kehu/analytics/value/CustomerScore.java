package org.kehu.analytics.value;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What the models expect of one customer, as of the calibration end: P(alive), the purchases expected in the
 * next 90, 180 and 365 days, the expected order value and the discounted CLV over the settings' horizon.
 */
record CustomerScore(double pAlive, double expected90, double expected180, double expected365,
        double expectedOrderValue, double clv) {

    static CustomerScore of(BgNbd bg, GammaGamma gg, PurchaseSummaries.Summary s, int horizonDays, double yearlyRate) {
        double x = s.x();
        double tx = s.tx();
        double bigT = s.bigT();
        double unit = PurchaseSummaries.DAYS_PER_UNIT;
        double value = gg.expectedAverageValue(x, s.zbar());
        return new CustomerScore(bg.pAlive(x, tx, bigT), bg.conditionalExpectedPurchases(90 / unit, x, tx, bigT),
                bg.conditionalExpectedPurchases(180 / unit, x, tx, bigT),
                bg.conditionalExpectedPurchases(365 / unit, x, tx, bigT), value,
                DiscountedValue.clv(bg, unit, x, tx, bigT, value, horizonDays, yearlyRate));
    }

    /**
     * Scores many customers under one model. Every expectation is P(alive) times a part that depends only on x and
     * T (see {@link BgNbd#expectedPurchasesIfAlive}), the part that costs a hypergeometric series per horizon and
     * month; customers share (x, T) by the thousand, so that part is worked out once per (x, T) and kept. The same
     * figures as {@link CustomerScore#of}, to the last few bits. Safe for several threads.
     */
    static final class Table {

        /** Beyond this many distinct (x, T) the table starts afresh: memory stays bounded whatever the data. */
        private static final int MAX_ENTRIES = 400_000;

        private final BgNbd bg;
        private final GammaGamma gg;
        private final int horizonDays;
        private final double yearlyRate;
        private final ConcurrentHashMap<Long, double[]> ifAlive = new ConcurrentHashMap<>();

        Table(BgNbd bg, GammaGamma gg, int horizonDays, double yearlyRate) {
            this.bg = bg;
            this.gg = gg;
            this.horizonDays = horizonDays;
            this.yearlyRate = yearlyRate;
        }

        CustomerScore score(PurchaseSummaries.Summary s) {
            double x = s.x();
            double unit = PurchaseSummaries.DAYS_PER_UNIT;
            if (ifAlive.size() > MAX_ENTRIES) {
                ifAlive.clear();
            }
            double[] expected = ifAlive.computeIfAbsent(((long) s.x() << 32) | s.tDays(), key -> {
                double bigT = s.bigT();
                return new double[] {bg.expectedPurchasesIfAlive(90 / unit, x, bigT),
                        bg.expectedPurchasesIfAlive(180 / unit, x, bigT), bg.expectedPurchasesIfAlive(365 / unit, x, bigT),
                        DiscountedValue.discountedPurchasesIfAlive(bg, unit, x, bigT, horizonDays, yearlyRate)};
            });
            double pAlive = bg.pAlive(x, s.tx(), s.bigT());
            double value = gg.expectedAverageValue(x, s.zbar());
            return new CustomerScore(pAlive, pAlive * expected[0], pAlive * expected[1], pAlive * expected[2], value,
                    pAlive * value * expected[3]);
        }
    }
}

package org.kehu.analytics.value;

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
}

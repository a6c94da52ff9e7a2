package org.kehu.analytics.value;

import org.hipparchus.util.FastMath;

/**
 * Discounted lifetime value over a horizon, as lifetimes' {@code customer_lifetime_value} computes it: the
 * horizon is cut into months of 30 days; the purchases expected in month m (the BG/NBD's E[Y(t)] at the month's
 * end less at its start) times the expected order value (Gamma-Gamma) are discounted by (1 + d)^m, where d is
 * the monthly rate equivalent to the yearly rate: (1 + yearly)^(1/12) - 1. A horizon that is not a whole number
 * of months ends with a shorter last month.
 */
final class DiscountedValue {

    static final int DAYS_PER_MONTH = 30;

    private DiscountedValue() {
    }

    /**
     * CLV of a customer with history (x, t_x, T) in the model's time unit, {@code daysPerUnit} days long.
     */
    static double clv(BgNbd model, double daysPerUnit, double x, double tx, double bigT, double orderValue,
            int horizonDays, double yearlyRate) {
        return model.pAlive(x, tx, bigT) * orderValue
                * discountedPurchasesIfAlive(model, daysPerUnit, x, bigT, horizonDays, yearlyRate);
    }

    /**
     * The discounted sum of the purchases expected month by month of a customer still alive with x repeat purchases
     * observed for T: the CLV is P(alive) times the expected order value times this, which does not depend on t_x
     * (each month's E[Y(t)] is P(alive) times {@link BgNbd#expectedPurchasesIfAlive}).
     */
    static double discountedPurchasesIfAlive(BgNbd model, double daysPerUnit, double x, double bigT, int horizonDays,
            double yearlyRate) {
        double monthly = FastMath.pow(1 + yearlyRate, 1.0 / 12) - 1;
        double value = 0;
        double before = 0;
        int months = (horizonDays + DAYS_PER_MONTH - 1) / DAYS_PER_MONTH;
        for (int m = 1; m <= months; m++) {
            double days = Math.min((double) m * DAYS_PER_MONTH, horizonDays);
            double upTo = model.expectedPurchasesIfAlive(days / daysPerUnit, x, bigT);
            value += (upTo - before) / FastMath.pow(1 + monthly, m);
            before = upTo;
        }
        return value;
    }
}

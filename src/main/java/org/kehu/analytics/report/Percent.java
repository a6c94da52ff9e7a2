package org.kehu.analytics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares in percent with two decimals, rounded half up; null when the whole is not positive. */
final class Percent {

    private Percent() {
    }

    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** A quotient with two decimals, null when dividing by zero. */
    static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() == 0) {
            return null;
        }
        return a.divide(b, 2, RoundingMode.HALF_UP);
    }
}

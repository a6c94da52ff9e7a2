package org.kehu.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/** The survey answers on a 1–5 scale given in a month: how many, and the sum of their points. */
public record MonthlySatisfaction(YearMonth month, long answers, long points) {

    /** The mean to two decimals; null when nobody answered. */
    public BigDecimal average() {
        return answers == 0 ? null : BigDecimal.valueOf(points).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
    }
}

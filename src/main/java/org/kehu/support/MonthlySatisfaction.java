package org.kehu.support;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The mean of the survey answers on a 1–5 scale given in a month, and how many there were (mean null: none). */
public record MonthlySatisfaction(YearMonth month, BigDecimal average, long answers) {
}

package org.kehu.sales;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The pipeline forecast of a month: the open opportunities expected to close in it, amount and weighted amount. */
public record ForecastMonth(YearMonth month, long count, BigDecimal amount, BigDecimal weighted) {
}

package org.kehu.sales;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The open opportunities expected to close in one month: how many, their expected amount, and that amount weighted
 * by each one's probability (Σ amount × probability / 100), the pipeline forecast.
 */
public record PipelineMonth(YearMonth month, long count, BigDecimal amount, BigDecimal weighted) {
}

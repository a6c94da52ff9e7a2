package org.kehu.sales;

import java.math.BigDecimal;

/**
 * Open opportunities (new, assigned, developing): how many, their expected amount and that amount weighted by each
 * one's probability.
 */
public record PipelineTotals(long count, BigDecimal amount, BigDecimal weighted) {

    public static final PipelineTotals NONE = new PipelineTotals(0, BigDecimal.ZERO, BigDecimal.ZERO);
}

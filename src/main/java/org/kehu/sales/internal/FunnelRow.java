package org.kehu.sales.internal;

import java.math.BigDecimal;

/**
 * One stage of the funnel: the opportunities now in it (open ones), those that reached it (now in it or a
 * later stage, or won) with their amounts, and the conversion from the previous stage in % (null for the
 * first stage or when nothing reached the previous one). The last row, {@code stageCode} null, is "won".
 */
public record FunnelRow(String stageCode, long openCount, BigDecimal openAmount, long reachedCount,
        BigDecimal reachedAmount, Double conversion) {
}

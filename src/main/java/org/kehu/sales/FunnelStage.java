package org.kehu.sales;

import java.math.BigDecimal;

/**
 * A stage of the sales funnel as other modules see it: its label, how many opportunities reached it (now in it or a
 * later stage, or won) and their amount; the last stage, {@code won} true, is the won ones.
 */
public record FunnelStage(String stageCode, String label, boolean won, long reachedCount, BigDecimal reachedAmount) {
}

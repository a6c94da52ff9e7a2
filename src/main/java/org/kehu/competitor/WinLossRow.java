package org.kehu.competitor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One competitor in the win/loss report: the opportunities that faced it, how many of them we won, lost to it,
 * lost to someone else or still work on, and the expected amounts of those won, lost to it and open.
 */
public record WinLossRow(long competitorId, String code, String name, long faced, long won, long lostTo,
        long lostOther, long open, BigDecimal wonAmount, BigDecimal lostToAmount, BigDecimal openAmount) {

    /** Won out of the closed ones, as a percentage with one decimal; null while none is closed. */
    public BigDecimal winRate() {
        long closed = won + lostTo + lostOther;
        if (closed == 0) {
            return null;
        }
        return BigDecimal.valueOf(won * 100L).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
    }
}

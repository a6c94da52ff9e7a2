package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A campaign's input and output (its report): what sending decided (null counts before it was sent), the cost,
 * the responses and responding customers, opportunities (and those won), the revenue attributed within the
 * window, and the return on investment.
 */
record CampaignFigures(Integer sent, Integer heldNoConsent, Integer heldOptedOut, Integer heldByCap,
        Integer heldNoAddress, BigDecimal cost, long responses, long responders, long opportunities,
        long wonOpportunities, BigDecimal revenue, int attributionDays) {

    /** (revenue − cost) / cost, as a fraction with four decimals; null while nothing was spent. */
    public BigDecimal roi() {
        return roi(revenue, cost);
    }

    static BigDecimal roi(BigDecimal revenue, BigDecimal cost) {
        if (cost == null || cost.signum() <= 0) {
            return null;
        }
        return revenue.subtract(cost).divide(cost, 4, RoundingMode.HALF_UP);
    }

    /** The ROI in percent with one decimal, for pages. */
    public BigDecimal roiPercent() {
        BigDecimal roi = roi();
        return roi == null ? null : roi.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
}

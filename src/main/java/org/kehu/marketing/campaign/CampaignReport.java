package org.kehu.marketing.campaign;

import java.math.BigDecimal;

/**
 * A campaign's report as the API answers it: what sending decided (null before it was sent), the cost, responses,
 * opportunities, the revenue attributed within {@code attributionDays} of each responder's first response, and
 * {@code roi} = (revenue − cost) / cost as a fraction (null while nothing was spent).
 */
record CampaignReport(long campaignId, Integer sent, Integer heldNoConsent, Integer heldOptedOut, Integer heldByCap,
        Integer heldNoAddress, BigDecimal cost, long responses, long respondingCustomers, long opportunities,
        long wonOpportunities, BigDecimal revenue, BigDecimal roi, int attributionDays) {

    static CampaignReport of(long id, CampaignFigures f) {
        return new CampaignReport(id, f.sent(), f.heldNoConsent(), f.heldOptedOut(), f.heldByCap(), f.heldNoAddress(),
                f.cost(), f.responses(), f.responders(), f.opportunities(), f.wonOpportunities(), f.revenue(), f.roi(),
                f.attributionDays());
    }
}

package org.kehu.sales;

/**
 * An opportunity was closed as lost, with the code of the reason (dictionary LOST_REASON) and, when the seller
 * named one, the competitor it was lost to (null otherwise). Published inside the closing transaction.
 */
public record OpportunityLost(long opportunityId, String reasonCode, Long lostToCompetitorId) {

    public OpportunityLost(long opportunityId, String reasonCode) {
        this(opportunityId, reasonCode, null);
    }
}

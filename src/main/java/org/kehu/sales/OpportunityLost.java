package org.kehu.sales;

/** An opportunity was closed as lost, with the code of the reason (dictionary LOST_REASON). */
public record OpportunityLost(long opportunityId, String reasonCode) {
}

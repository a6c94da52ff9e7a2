package org.kehu.sales;

import java.math.BigDecimal;

/**
 * An opportunity was closed as won: the customer created from it and the amount expected (null when none
 * was given). Published inside the closing transaction.
 */
public record OpportunityWon(long opportunityId, long customerId, BigDecimal amount) {
}

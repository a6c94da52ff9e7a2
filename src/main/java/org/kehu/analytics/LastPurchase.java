package org.kehu.analytics;

import java.time.LocalDate;

/** A customer's latest purchase day: the latest day with a sale in the sales read model. */
public record LastPurchase(long customerId, LocalDate day) {
}

package org.kehu.churn;

import java.math.BigDecimal;

/**
 * The rule's settings: a customer without a sale for {@code inactivityMonths} is warned; the early warning lists
 * customers whose probability of being still active falls below {@code pAliveThreshold} before that.
 */
public record ChurnSettings(int inactivityMonths, BigDecimal pAliveThreshold, long version) {
}

package org.kehu.analytics.loyal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer of the loyal list with the reasons he is on it: {@code reasons} names each criterion he meets
 * (LOYALTY_RATING, P_ALIVE, CLV_TOP) and {@code reason} says them in the reader's language, e.g.
 * "忠诚度 忠诚 · P(alive) 0.93 · CLV 前10%". {@code clvTopPercent} is the smallest k such that his CLV is among the
 * top k % of the scored customers.
 */
public record LoyalCustomer(long customerId, String customerCode, String customerName, Long ownerId, String ownerName,
        String loyaltyLevel, BigDecimal pAlive, BigDecimal expectedPurchases365, BigDecimal clv, Integer clvTopPercent,
        List<String> reasons, String reason) {
}

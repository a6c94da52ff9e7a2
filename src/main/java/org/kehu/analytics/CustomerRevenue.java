package org.kehu.analytics;

import java.math.BigDecimal;

/** A customer's revenue over a period, net of returns. */
public record CustomerRevenue(long customerId, BigDecimal revenue) {
}

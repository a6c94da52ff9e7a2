package org.kehu.churn;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A warning as the list shows it: the customer, its owner and province, the last sale, the state with the
 * measure or reason, and the probability that the customer is still active ({@code pAlive}, null without a
 * fitted model).
 */
public record WarningRow(long id, long customerId, String customerCode, String customerName, Long ownerId,
        String ownerName, String provinceCode, String gradeCode, WarningState state, LocalDate lastSale,
        LocalDate flaggedOn, LocalDate postponedUntil, String measure, String reasonCode, BigDecimal pAlive) {

    public WarningRow withPAlive(BigDecimal p) {
        return new WarningRow(id, customerId, customerCode, customerName, ownerId, ownerName, provinceCode, gradeCode,
                state, lastSale, flaggedOn, postponedUntil, measure, reasonCode, p);
    }
}

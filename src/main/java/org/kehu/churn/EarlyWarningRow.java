package org.kehu.churn;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer of the early warning: the six-month rule has not flagged him (no open warning), but the probability
 * that he is still active ({@code pAlive}, BG/NBD) is below the threshold. With his last purchase day (null when
 * unknown) and what the model still expects of him over the next twelve months.
 */
public record EarlyWarningRow(long customerId, String customerCode, String customerName, Long ownerId, String ownerName,
        String provinceCode, String gradeCode, BigDecimal pAlive, BigDecimal expectedPurchases365, BigDecimal clv,
        LocalDate lastSale) {

    public EarlyWarningRow withLastSale(LocalDate day) {
        return new EarlyWarningRow(customerId, customerCode, customerName, ownerId, ownerName, provinceCode, gradeCode,
                pAlive, expectedPurchases365, clv, day);
    }
}

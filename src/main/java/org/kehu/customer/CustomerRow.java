package org.kehu.customer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the customer list and of its export. {@code pAlive}, {@code expectedPurchases365} and {@code clv} are
 * the lifetime value scores, null while the customer has none.
 */
public record CustomerRow(long id, String code, String name, String phone, String provinceCode, String cityCode,
        String natureCode, String groupCode, String industryCode, String gradeCode, String sourceCode, String status,
        Long ownerId, String ownerName, String mainContactName, String taxNumber, String address, Instant createdAt,
        Instant updatedAt, BigDecimal pAlive, BigDecimal expectedPurchases365, BigDecimal clv) {
}

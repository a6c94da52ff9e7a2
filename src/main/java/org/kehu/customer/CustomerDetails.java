package org.kehu.customer;

import java.time.Instant;

/** A customer as pages and the API show it. */
public record CustomerDetails(long id, String code, boolean codeEdited, String name, String website, Long mainContactId,
        String phone, String fax, String provinceCode, String cityCode, String address, String natureCode,
        String groupCode, String industryCode, String gradeCode, String creditRating, String loyaltyRating,
        Long ownerId, String bank, String bankAccount, String taxNumber, String sourceCode, CustomerStatus status,
        Instant createdAt, Instant updatedAt, long version) {
}

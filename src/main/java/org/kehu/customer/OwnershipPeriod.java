package org.kehu.customer;

import java.time.Instant;

/** One period in which an account manager followed a customer; {@code to} is null while it lasts. */
public record OwnershipPeriod(long ownerId, String ownerName, String departmentName, Instant from, Instant to,
        String reason, String changedByName) {
}

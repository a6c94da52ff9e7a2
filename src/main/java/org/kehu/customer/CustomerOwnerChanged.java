package org.kehu.customer;

/** Published when a customer passes from one account manager to another. */
public record CustomerOwnerChanged(long customerId, Long previousOwnerId, Long newOwnerId) {
}

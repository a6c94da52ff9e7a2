package org.kehu.customer;

/** Published when a customer is created. */
public record CustomerRegistered(long customerId, String code, String name, Long ownerId) {
}

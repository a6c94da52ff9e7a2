package org.kehu.customer;

/** Published when a customer's profile is saved. */
public record CustomerUpdated(long customerId) {
}

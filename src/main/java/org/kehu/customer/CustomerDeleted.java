package org.kehu.customer;

/** Published when a customer is deleted. */
public record CustomerDeleted(long customerId, String code) {
}

package org.kehu.customer;

/** The few facts other modules need of a customer: id, code, name and owner. */
public record CustomerSummary(long id, String code, String name, Long ownerId) {
}

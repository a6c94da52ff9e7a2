package org.kehu.customer;

/** A list query a user saved under a name. */
public record SavedFilter(long id, String name, String query) {
}

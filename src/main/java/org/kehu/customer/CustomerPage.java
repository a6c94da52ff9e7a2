package org.kehu.customer;

import java.util.List;

/**
 * One page of the customer list with keyset cursors: pass {@code next} as {@code after} for the
 * following page and {@code previous} as {@code before} for the one before; null when there is none.
 */
public record CustomerPage(List<CustomerRow> items, String next, String previous) {
}

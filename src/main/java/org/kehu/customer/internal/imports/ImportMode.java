package org.kehu.customer.internal.imports;

/** What an import does with a file that has bad rows. */
public enum ImportMode {
    /** Any error and nothing is written. */
    ALL_OR_NOTHING,
    /** Customers whose rows are all valid are written; the others are reported and skipped. */
    VALID_ROWS
}

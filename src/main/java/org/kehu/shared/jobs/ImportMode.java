package org.kehu.shared.jobs;

/** What an import does with a file that has bad rows. */
public enum ImportMode {
    /** Any error and nothing is written. */
    ALL_OR_NOTHING,
    /** What the rows make (customers, orders) is written when all its rows are valid; the others are reported and skipped. */
    VALID_ROWS
}

package org.kehu.shared.jobs;

import java.util.Locale;
import java.util.Optional;

/** What an import does with a file that has bad rows. */
public enum ImportMode {
    /** Any error and nothing is written. */
    ALL_OR_NOTHING,
    /** What the rows make (customers, orders) is written when all its rows are valid; the others are reported and skipped. */
    VALID_ROWS;

    /** The mode a form or the API names (any case); none is {@link #ALL_OR_NOTHING}; empty when it names no mode. */
    public static Optional<ImportMode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(ALL_OR_NOTHING);
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether, with this row report, the import writes nothing at all. */
    public boolean writesNothing(ImportJobRun.Counts report) {
        return this == ALL_OR_NOTHING && report.errorCount() > 0;
    }
}

package org.kehu.customer.internal.imports;

import java.util.List;

import org.kehu.shared.jobs.ImportJobState;
import org.kehu.shared.jobs.ImportMode;

/**
 * An import as its job stands: state and phase, how many data rows the file has ({@code rows}, once
 * counted), how many were read, are valid and have errors, how many customers and contacts were
 * written, and the first errors with their row number (as in the file, the header being row 1) and
 * field; {@code nextErrors} pages on when there are more. {@code failure} says why a failed job failed.
 */
public record ImportReport(long jobId, ImportJobState state, String phase, ImportMode mode, Long rows, long rowsRead,
        long rowsValid, long rowsWithErrors, long errorCount, long importedCustomers, long importedContacts,
        String failure, List<RowError> errors, String nextErrors) {

    public record RowError(int row, String field, String message) {
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public boolean finished() {
        return state.finished();
    }
}

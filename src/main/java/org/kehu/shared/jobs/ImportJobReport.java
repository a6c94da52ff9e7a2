package org.kehu.shared.jobs;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An import as its job stands, the answer of the import API and the model of the import pages: state and
 * phase, how many data rows the file has ({@code rows}, once counted), how many were read, are valid and
 * have errors; {@code result}, the import's own options and figures (written beside the others in JSON);
 * the first errors with their row (as in the file, the header being row 1) and field, and
 * {@code nextErrors}, which pages on when there are more. {@code failure} says why a failed job failed.
 *
 * @param <R> the import's own part (e.g. its mode and the customers it wrote)
 */
public record ImportJobReport<R>(long jobId, ImportJobState state, String phase, Long rows, long rowsRead, long rowsValid,
        long rowsWithErrors, long errorCount, @JsonUnwrapped R result, String failure, List<RowError> errors,
        String nextErrors) {

    /** One error: the row, the column's field name and the message. */
    public record RowError(int row, String field, String message) {
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public boolean finished() {
        return state.finished();
    }
}

package org.kehu.order.internal.imports;

import java.time.LocalDate;
import java.util.List;

import org.kehu.shared.jobs.ImportJobState;
import org.kehu.shared.jobs.ImportMode;

/**
 * An order history import as its job stands: state and phase, the options, how many data rows the file has
 * ({@code rows}, once counted), how many were read, are valid and have errors; once done, how many orders and
 * lines were written, customers and products created, the span of days; and the first errors with their row
 * (as in the file, the header being row 1) and field; {@code nextErrors} pages on. {@code failure} says why a
 * failed job failed.
 */
public record OrderImportReport(long jobId, ImportJobState state, String phase, ImportMode mode, boolean createCustomers,
        boolean createProducts, Long rows, long rowsRead, long rowsValid, long rowsWithErrors, long errorCount,
        long importedOrders, long importedLines, long createdCustomers, long createdProducts, LocalDate firstDay,
        LocalDate lastDay, String failure, List<RowError> errors, String nextErrors) {

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

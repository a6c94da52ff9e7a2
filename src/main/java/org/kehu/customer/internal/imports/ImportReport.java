package org.kehu.customer.internal.imports;

import java.util.List;

/**
 * The outcome of an import: how many data rows the file had, how many customers and contacts were
 * written, and each error with its row number (as in the file, the header being row 1) and field.
 */
public record ImportReport(ImportMode mode, int rows, int importedCustomers, int importedContacts,
        List<RowError> errors) {

    public record RowError(int row, String field, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}

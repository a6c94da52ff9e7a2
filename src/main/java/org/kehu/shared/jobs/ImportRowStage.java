package org.kehu.shared.jobs;

import java.util.List;

/**
 * How one kind of import checks a data row on its own and copies checked rows to its staging table, for
 * {@link ImportJobRun#readRows}: the columns are known from the file's header when it is made.
 *
 * @param <R> a checked row, with its values and errors
 */
public interface ImportRowStage<R> {

    /** Checks one data row on its own. */
    R check(ImportFile.Line line);

    /** The row's errors, as the row report keeps them. */
    List<ImportRowError> errors(R row);

    /** Copies a chunk of checked rows to the staging table. */
    void copy(long jobId, List<R> rows);
}

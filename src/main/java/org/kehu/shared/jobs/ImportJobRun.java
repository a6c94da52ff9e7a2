package org.kehu.shared.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The running job as its work sees it: each call is written in a transaction of its own, so that a
 * poll on any node sees the progress at once, and the row report survives an all-or-nothing rollback.
 */
public final class ImportJobRun {

    /** The job's row report in figures, once all errors are recorded. */
    public record Counts(long rowsWithErrors, long errorCount) {
    }

    private final long jobId;
    private final ImportJobs jobs;

    ImportJobRun(long jobId, ImportJobs jobs) {
        this.jobId = jobId;
        this.jobs = jobs;
    }

    public long jobId() {
        return jobId;
    }

    /** What the job does now (a word the page turns into a label: reading, checking, writing). */
    public void phase(String phase) {
        jobs.update(jobId, "phase = :value", phase);
    }

    /** How many data rows the file holds, when known. */
    public void total(long rows) {
        jobs.update(jobId, "rows_total = :value", rows);
    }

    /** The counts so far; also renews the heartbeat. */
    public void progress(long read, long valid, long withErrors) {
        jobs.progress(jobId, read, valid, withErrors);
    }

    /** Appends errors to the row report (by COPY). */
    public void errors(Collection<ImportRowError> errors) {
        jobs.appendErrors(jobId, errors);
    }

    /**
     * Appends the errors a query finds, in one statement of its own transaction: for checks across rows that
     * run in SQL over a staging table. {@code select} answers {@code row_number}, {@code position},
     * {@code field} and {@code message}, one row per error (unique per row and position); answers how many.
     */
    public int errorsFrom(String select, java.util.Map<String, ?> params) {
        return jobs.appendErrors(jobId, select, params);
    }

    /**
     * Reads the file's data rows, checks each on its own and copies them to the staging table with their errors
     * to the row report, {@code chunk} rows at a time, updating the progress after each chunk; answers how many
     * rows were read. Memory holds one chunk, whatever the file's length.
     *
     * @param stageForHeader the row checks for the file's header (which may refuse it)
     */
    public <R> long readRows(String filename, Path file, Function<List<String>, ImportRowStage<R>> stageForHeader, int chunk) {
        long read = 0;
        long withErrors = 0;
        try (ImportFile opened = ImportFile.open(filename, file)) {
            ImportRowStage<R> stage = stageForHeader.apply(opened.header());
            List<R> rows = new ArrayList<>(chunk);
            for (ImportFile.Line line = opened.next(); line != null; line = opened.next()) {
                R row = stage.check(line);
                rows.add(row);
                read++;
                if (!stage.errors(row).isEmpty()) {
                    withErrors++;
                }
                if (rows.size() == chunk) {
                    store(stage, rows);
                    progress(read, read - withErrors, withErrors);
                }
            }
            store(stage, rows);
            progress(read, read - withErrors, withErrors);
        }
        return read;
    }

    private <R> void store(ImportRowStage<R> stage, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        stage.copy(jobId, rows);
        List<ImportRowError> errors = new ArrayList<>();
        rows.forEach(row -> errors.addAll(stage.errors(row)));
        errors(errors);
        rows.clear();
    }

    /**
     * Counts the row report, sets the final counts of {@code rowsTotal} rows (valid = rows without
     * errors), and answers them.
     */
    public Counts countErrors(long rowsTotal) {
        return jobs.countErrors(jobId, rowsTotal);
    }
}

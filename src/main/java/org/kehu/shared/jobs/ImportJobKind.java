package org.kehu.shared.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.kehu.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One kind of file import (customers, order history) as the job machinery runs it: the upload kept in a
 * temporary file and checked (type, header, at least one data row) before a job starts, run while the
 * request waits for a small file or in the background, its rows counted for the progress bar; who may see
 * its jobs; and its report, with the row report a page at a time. What the kind gives is only its own:
 * the header check, the work on the file and its part of the report. Made by {@link ImportJobs#kind}.
 *
 * @param <R> the import's own part of the report
 */
public final class ImportJobKind<R> {

    /** Up to this many data rows, a file is imported while the request waits (unless asked otherwise). */
    public static final int SMALL_FILE_ROWS = 1_000;

    private final String name;
    private final String noRowsKey;
    private final Consumer<List<String>> headerCheck;
    private final Function<ImportJob, R> result;
    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportJobKind(String name, String noRowsKey, Consumer<List<String>> headerCheck, Function<ImportJob, R> result,
            ImportJobs jobs, MessageSource messages) {
        this.name = name;
        this.noRowsKey = noRowsKey;
        this.headerCheck = headerCheck;
        this.result = result;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** The kind as the jobs table keeps it. */
    public String name() {
        return name;
    }

    /**
     * Keeps the upload in a temporary file, checks its type and header, and starts the import job: answers it
     * finished when it ran while the caller waited, else queued or running. The job counts the rows (phase
     * "counting"), then runs {@code work}; the file is deleted when the work ends.
     *
     * @param options the job's options as text (at most 64 characters), for the report
     * @throws ImportRefusedException when the file is not CSV or Excel, has no data rows, or its header does not match
     */
    public ImportJob start(String filename, InputStream content, long ownerId, String options, ImportExecution execution,
            ImportFileWork work) throws IOException {
        Path file = Files.createTempFile("kehu-import-", ".upload");
        boolean handedOver = false;
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            long rows;
            try (ImportFile opened = ImportFile.open(filename, file)) {
                headerCheck.accept(opened.header());
                rows = opened.count(SMALL_FILE_ROWS + 1L);
            }
            if (rows == 0) {
                throw new ImportRefusedException(noRowsKey);
            }
            long id = jobs.create(name, ownerId, filename, options);
            ImportJobWork job = run -> {
                try {
                    run.phase("counting");
                    try (ImportFile opened = ImportFile.open(filename, file)) {
                        run.total(opened.count(Long.MAX_VALUE));
                    }
                    return work.execute(run, filename, file);
                } catch (ImportRefusedException e) {
                    throw new ImportJobFailedException(e.messageKey());
                } finally {
                    Files.deleteIfExists(file);
                }
            };
            handedOver = true;
            if (execution == ImportExecution.WAIT || (execution == ImportExecution.AUTO && rows <= SMALL_FILE_ROWS)) {
                return jobs.runNow(id, job);
            }
            jobs.runInBackground(id, job);
            return jobs.find(id).orElseThrow();
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * A job of this kind, for the user who started it or an administrator.
     *
     * @throws RecordNotFoundException for anyone else, or when there is no such job of this kind
     */
    public ImportJob job(long jobId, long userId, boolean administrator) {
        return jobs.find(jobId).filter(j -> name.equals(j.kind()) && (j.ownerId() == userId || administrator))
                .orElseThrow(() -> new RecordNotFoundException("import job", jobId));
    }

    /** The job as a report without errors (while it runs, or when only its figures are asked for). */
    public ImportJobReport<R> report(ImportJob job) {
        return report(job, List.of(), null);
    }

    /**
     * The job as a report with a page of up to {@code perPage} errors after {@code after}; {@code nextLink} turns the
     * next page's cursor into what the report carries to reach it (a URL, or the cursor itself).
     */
    public ImportJobReport<R> report(ImportJob job, ImportErrorCursor after, int perPage, UnaryOperator<String> nextLink) {
        List<ImportRowError> errors = jobs.errors(job.id(), after.row(), after.position(), perPage + 1);
        String next = null;
        if (errors.size() > perPage) {
            errors = errors.subList(0, perPage);
            next = nextLink.apply(ImportErrorCursor.after(errors.get(perPage - 1)).toString());
        }
        return report(job, errors, next);
    }

    private ImportJobReport<R> report(ImportJob job, List<ImportRowError> errors, String nextErrors) {
        Locale locale = LocaleContextHolder.getLocale();
        String failure = job.failure() == null ? null : messages.getMessage(job.failure(), null, job.failure(), locale);
        return new ImportJobReport<>(job.id(), job.state(), job.phase(), job.rowsTotal(), job.rowsRead(), job.rowsValid(),
                job.rowsWithErrors(), job.errorCount(), result.apply(job), failure,
                errors.stream().map(e -> new ImportJobReport.RowError(e.row(), e.field(), e.message())).toList(), nextErrors);
    }
}

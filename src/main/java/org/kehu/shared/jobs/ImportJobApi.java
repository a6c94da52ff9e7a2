package org.kehu.shared.jobs;

import java.net.URI;
import java.util.List;

import org.kehu.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The answers of an import's REST API under {@code path} (e.g. {@code /api/v1/customers/import}): after the
 * upload, {@code 200} with the report when the job ran while the request waited, else {@code 202 Accepted}; both
 * with the job's URL ({@code path/{jobId}}) in {@code Location}; the job's state with its first
 * {@value #ERRORS_PER_PAGE} errors; and the next pages of errors ({@code path/{jobId}/errors?after=}). The
 * controller keeps the mappings and the permission; a refused file is answered by the API's exception handler.
 *
 * @param <R> the import's own part of the report
 */
public final class ImportJobApi<R> {

    /** Errors per page of the API's row report. */
    public static final int ERRORS_PER_PAGE = 1_000;

    private final ImportJobKind<R> kind;
    private final String path;

    /** A page of a job's row report. */
    public record ErrorPage(List<ImportJobReport.RowError> errors, String next) {
    }

    public ImportJobApi(ImportJobKind<R> kind, String path) {
        this.kind = kind;
        this.path = path;
    }

    /** The answer to an upload: the finished job's report, or the started job's counts with 202. */
    public ResponseEntity<ImportJobReport<R>> started(ImportJob job) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path + "/{id}").buildAndExpand(job.id()).toUri();
        if (job.finished()) {
            return ResponseEntity.ok().location(location).body(status(job));
        }
        return ResponseEntity.accepted().location(location).body(kind.report(job));
    }

    /** The job's state, counts and first page of errors. */
    public ImportJobReport<R> status(ImportJob job) {
        return report(job, ImportErrorCursor.START);
    }

    /**
     * The page of errors after {@code after} ({@code <row>-<position>}; none: from the start).
     *
     * @throws InvalidInputException when {@code after} is not such a cursor
     */
    public ErrorPage errors(ImportJob job, String after) {
        ImportErrorCursor cursor = after == null || after.isEmpty() ? ImportErrorCursor.START
                : ImportErrorCursor.parse(after).orElseThrow(() -> InvalidInputException.of("after", "import.job.error.cursor"));
        ImportJobReport<R> report = report(job, cursor);
        return new ErrorPage(report.errors(), report.nextErrors());
    }

    private ImportJobReport<R> report(ImportJob job, ImportErrorCursor after) {
        return kind.report(job, after, ERRORS_PER_PAGE, cursor -> ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path + "/{id}/errors").queryParam("after", cursor).buildAndExpand(job.id()).toUriString());
    }
}

package org.kehu.shared.jobs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.kehu.shared.RecordNotFoundException;

/**
 * What the import pages show of a job (layout {@code import-job}): its progress while it runs, its report with the
 * first {@value #ERRORS_PER_PAGE} errors once done, the next errors as table rows, and the columns' labels for the
 * row report in the user's language.
 */
public final class ImportJobPages {

    /** Errors per page of the page's row report. */
    public static final int ERRORS_PER_PAGE = 200;

    private ImportJobPages() {
    }

    /** The job's progress or, once done, its report with the first page of errors. */
    public static <R> ImportJobReport<R> report(ImportJobKind<R> kind, ImportJob job) {
        return job.finished() ? kind.report(job, ImportErrorCursor.START, ERRORS_PER_PAGE, cursor -> cursor) : kind.report(job);
    }

    /**
     * The page of errors after {@code after} ({@code <row>-<position>}), its {@code nextErrors} the cursor of the next.
     *
     * @throws RecordNotFoundException when {@code after} is not such a cursor
     */
    public static <R> ImportJobReport<R> errors(ImportJobKind<R> kind, ImportJob job, String after) {
        ImportErrorCursor cursor = ImportErrorCursor.parse(after).orElseThrow(() -> new RecordNotFoundException("error page", after));
        return job.finished() ? kind.report(job, cursor, ERRORS_PER_PAGE, next -> next) : kind.report(job);
    }

    /** Each column's field name with its header in the locale's language (Chinese or English), for the row report. */
    public static <C extends Enum<C> & ImportColumnName> Map<String, String> columnLabels(Class<C> columns, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        Map<String, String> labels = new HashMap<>();
        for (C c : columns.getEnumConstants()) {
            labels.put(c.field(), chinese ? c.chinese() : c.english());
        }
        return labels;
    }
}

package org.kehu.customer.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.dictionary.Dictionary;
import org.kehu.shared.PinyinInitials;
import org.kehu.shared.jobs.ImportErrorBuffer;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportFile;
import org.kehu.shared.jobs.ImportHeaders;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportJobFailedException;
import org.kehu.shared.jobs.ImportJobRun;
import org.kehu.shared.jobs.ImportJobWork;
import org.kehu.shared.jobs.ImportMode;
import org.kehu.shared.jobs.ImportRefusedException;
import org.kehu.shared.jobs.ImportJobs;
import org.kehu.shared.jobs.ImportRowError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports customers with their contacts from a CSV or Excel file: one row per contact, the customer
 * columns repeated; rows with the same customer code or name make one customer. It runs as an import
 * job ({@link ImportJobs}): the file is streamed row by row, each row checked ({@link RowChecker}: fields,
 * dictionary values, region, owner) and copied into a staging table; the checks across rows (grouping,
 * duplicates against existing customers and within the file) run there in SQL
 * ({@link ImportStaging}), and the valid customers are written from there in one transaction
 * ({@link ImportWriter}). The row report goes to the job's error table as it is found. Memory does not
 * grow with the file; there is no row limit.
 *
 * <p>A file of up to {@value #SMALL_FILE_ROWS} data rows is imported while the request waits, as before;
 * a larger one in the background, unless the caller asks to wait.
 */
@Service
public class CustomerImporter {

    /** The kind of the import jobs this importer runs. */
    public static final String KIND = "customer";
    /** Up to this many data rows, a file is imported while the request waits (unless asked otherwise). */
    public static final int SMALL_FILE_ROWS = 1_000;
    private static final int CHUNK = 2_000;

    private final Dictionary dictionary;
    private final UserDirectory users;
    private final MessageSource messages;
    private final ImportStaging staging;
    private final ImportWriter writer;
    private final ImportJobs jobs;

    CustomerImporter(Dictionary dictionary, UserDirectory users, MessageSource messages, ImportStaging staging,
            ImportWriter writer, ImportJobs jobs) {
        this.dictionary = dictionary;
        this.users = users;
        this.messages = messages;
        this.staging = staging;
        this.writer = writer;
        this.jobs = jobs;
    }

    /**
     * Keeps the upload in a temporary file, checks its type and header, and starts the import job:
     * answers it finished when it ran while the caller waited, else queued or running.
     *
     * @throws ImportRefusedException when the file is not CSV or Excel, has no data rows, or its header does not match
     */
    public ImportJob start(String filename, InputStream content, ImportMode mode, ImportExecution execution) throws IOException {
        Path file = Files.createTempFile("kehu-import-", ".upload");
        boolean handedOver = false;
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            long rows;
            try (ImportFile opened = ImportFile.open(filename, file)) {
                columns(opened.header());
                rows = opened.count(SMALL_FILE_ROWS + 1L);
            }
            if (rows == 0) {
                throw new ImportRefusedException("customer.import.error.no-rows");
            }
            long id = jobs.create(KIND, users.requireCurrentUser().id(), filename, mode.name());
            ImportJobWork work = run -> {
                try {
                    return execute(run, filename, file, mode);
                } finally {
                    Files.deleteIfExists(file);
                }
            };
            handedOver = true;
            if (execution == ImportExecution.WAIT || (execution == ImportExecution.AUTO && rows <= SMALL_FILE_ROWS)) {
                return jobs.runNow(id, work);
            }
            jobs.runInBackground(id, work);
            return jobs.find(id).orElseThrow();
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A customer import job, for the user who started it or an administrator; empty for anyone else. */
    public Optional<ImportJob> job(long jobId) {
        CurrentUser me = users.requireCurrentUser();
        return jobs.find(jobId).filter(j -> KIND.equals(j.kind()) && (j.ownerId() == me.id() || me.can(Permission.SETTING_EDIT)));
    }

    /** A page of the job's row report, after the given row and position, in file order. */
    public List<ImportRowError> errors(ImportJob job, int afterRow, int afterPosition, int limit) {
        return jobs.errors(job.id(), afterRow, afterPosition, limit);
    }

    /** The job as a report, with a page of its errors and the link to the next page (or null). */
    public ImportReport report(ImportJob job, List<ImportRowError> errors, String nextErrors) {
        Locale locale = LocaleContextHolder.getLocale();
        String failure = job.failure() == null ? null : messages.getMessage(job.failure(), null, job.failure(), locale);
        return new ImportReport(job.id(), job.state(), job.phase(), ImportMode.valueOf(job.options()), job.rowsTotal(),
                job.rowsRead(), job.rowsValid(), job.rowsWithErrors(), job.errorCount(), job.resultCount("importedCustomers"),
                job.resultCount("importedContacts"), failure,
                errors.stream().map(e -> new ImportReport.RowError(e.row(), e.field(), e.message())).toList(), nextErrors);
    }

    private Map<String, Object> execute(ImportJobRun run, String filename, Path file, ImportMode mode) {
        long id = run.jobId();
        try {
            run.phase("counting");
            try (ImportFile opened = ImportFile.open(filename, file)) {
                run.total(opened.count(Long.MAX_VALUE));
            }
            run.phase("reading");
            RowChecker checker = new RowChecker(dictionary, users, messages);
            long read = read(run, filename, file, checker);

            run.phase("checking");
            staging.group(id);
            try (ImportErrorBuffer errors = new ImportErrorBuffer(run, CHUNK)) {
                staging.differences(id, checker, errors);
                staging.duplicates(id, checker, errors);
            }
            ImportJobRun.Counts counts = run.countErrors(read);
            boolean writeNothing = mode == ImportMode.ALL_OR_NOTHING && counts.errorCount() > 0;
            staging.prepare(id, writeNothing);

            run.phase("writing");
            ImportWriter.Written written = writeNothing ? new ImportWriter.Written(0, 0) : writer.write(id);
            return Map.of("importedCustomers", written.customers(), "importedContacts", written.contacts());
        } catch (ImportRefusedException e) {
            throw new ImportJobFailedException(e.messageKey());
        } finally {
            staging.clear(id);
        }
    }

    /** Reads and checks the rows, copying them to the staging table and their errors to the report, a chunk at a time. */
    private long read(ImportJobRun run, String filename, Path file, RowChecker checker) {
        long read = 0;
        long withErrors = 0;
        try (ImportFile opened = ImportFile.open(filename, file)) {
            Map<ImportColumn, Integer> columns = columns(opened.header());
            List<ParsedRow> chunk = new ArrayList<>(CHUNK);
            for (ImportFile.Line line = opened.next(); line != null; line = opened.next()) {
                ParsedRow row = checker.check(line, columns);
                row.initials = PinyinInitials.of(row.get(ImportColumn.CUSTOMER_NAME));
                chunk.add(row);
                read++;
                if (!row.errors.isEmpty()) {
                    withErrors++;
                }
                if (chunk.size() == CHUNK) {
                    store(run, chunk);
                    run.progress(read, read - withErrors, withErrors);
                }
            }
            store(run, chunk);
            run.progress(read, read - withErrors, withErrors);
        }
        return read;
    }

    private void store(ImportJobRun run, List<ParsedRow> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        staging.copy(run.jobId(), chunk);
        List<ImportRowError> errors = new ArrayList<>();
        for (ParsedRow row : chunk) {
            for (int i = 0; i < row.errors.size(); i++) {
                ImportReport.RowError e = row.errors.get(i);
                errors.add(new ImportRowError(e.row(), i, e.field(), e.message()));
            }
        }
        run.errors(errors);
        chunk.clear();
    }

    /** Which column each header cell names; an unknown, repeated or missing required column refuses the file. */
    static Map<ImportColumn, Integer> columns(List<String> header) {
        Map<ImportColumn, Integer> columns = ImportHeaders.map(ImportColumn.class, header);
        ImportHeaders.require(columns, ImportColumn.CUSTOMER_NAME);
        return columns;
    }
}

package org.kehu.customer.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.kehu.shared.jobs.ImportJobKind;
import org.kehu.shared.jobs.ImportJobReport;
import org.kehu.shared.jobs.ImportJobRun;
import org.kehu.shared.jobs.ImportMode;
import org.kehu.shared.jobs.ImportRefusedException;
import org.kehu.shared.jobs.ImportJobs;
import org.kehu.shared.jobs.ImportRowError;
import org.kehu.shared.jobs.ImportRowStage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Imports customers with their contacts from a CSV or Excel file: one row per contact, the customer
 * columns repeated; rows with the same customer code or name make one customer. It runs as an import
 * job ({@link ImportJobKind}, which keeps the upload, counts the rows and reports): the file is streamed row by row, each row checked ({@link RowChecker}: fields,
 * dictionary values, region, owner) and copied into a staging table; the checks across rows (grouping,
 * duplicates against existing customers and within the file) run there in SQL
 * ({@link ImportStaging}), and the valid customers are written from there in one transaction
 * ({@link ImportWriter}). The row report goes to the job's error table as it is found. Memory does not
 * grow with the file; there is no row limit.
 *
 * <p>A file of up to {@value ImportJobKind#SMALL_FILE_ROWS} data rows is imported while the request waits, as before;
 * a larger one in the background, unless the caller asks to wait.
 */
@Service
public class CustomerImporter {

    /** The kind of the import jobs this importer runs. */
    public static final String KIND = "customer";
    private static final int CHUNK = 2_000;

    private final Dictionary dictionary;
    private final UserDirectory users;
    private final MessageSource messages;
    private final ImportStaging staging;
    private final ImportWriter writer;
    private final ImportJobKind<CustomerImportResult> kind;

    CustomerImporter(Dictionary dictionary, UserDirectory users, MessageSource messages, ImportStaging staging,
            ImportWriter writer, ImportJobs jobs) {
        this.dictionary = dictionary;
        this.users = users;
        this.messages = messages;
        this.staging = staging;
        this.writer = writer;
        this.kind = jobs.kind(KIND, "customer.import.error.no-rows", CustomerImporter::columns, job -> new CustomerImportResult(
                ImportMode.valueOf(job.options()), job.resultCount("importedCustomers"), job.resultCount("importedContacts")));
    }

    /** The customer import's jobs: their reports and row report pages. */
    public ImportJobKind<CustomerImportResult> kind() {
        return kind;
    }

    /**
     * Keeps the upload in a temporary file, checks its type and header, and starts the import job:
     * answers it finished when it ran while the caller waited, else queued or running.
     *
     * @throws ImportRefusedException when the file is not CSV or Excel, has no data rows, or its header does not match
     */
    public ImportJob start(String filename, InputStream content, ImportMode mode, ImportExecution execution) throws IOException {
        return kind.start(filename, content, users.requireCurrentUser().id(), mode.name(), execution,
                (run, name, file) -> execute(run, name, file, mode));
    }

    /**
     * A customer import job, for the user who started it or an administrator.
     *
     * @throws org.kehu.shared.RecordNotFoundException for anyone else
     */
    public ImportJob job(long jobId) {
        CurrentUser me = users.requireCurrentUser();
        return kind.job(jobId, me.id(), me.can(Permission.SETTING_EDIT));
    }

    private Map<String, Object> execute(ImportJobRun run, String filename, Path file, ImportMode mode) {
        long id = run.jobId();
        try {
            run.phase("reading");
            RowChecker checker = new RowChecker(dictionary, users, messages);
            long read = run.readRows(filename, file, header -> rows(columns(header), checker), CHUNK);

            run.phase("checking");
            staging.group(id);
            try (ImportErrorBuffer errors = new ImportErrorBuffer(run, CHUNK)) {
                staging.differences(id, checker, errors);
                staging.duplicates(id, checker, errors);
            }
            boolean writeNothing = mode.writesNothing(run.countErrors(read));
            staging.prepare(id, writeNothing);

            run.phase("writing");
            ImportWriter.Written written = writeNothing ? new ImportWriter.Written(0, 0) : writer.write(id);
            return Map.of("importedCustomers", written.customers(), "importedContacts", written.contacts());
        } finally {
            staging.clear(id);
        }
    }

    /** Each row checked on its own (with the customer name's pinyin initials) and copied to the staging table. */
    private ImportRowStage<ParsedRow> rows(Map<ImportColumn, Integer> columns, RowChecker checker) {
        return new ImportRowStage<>() {
            @Override
            public ParsedRow check(ImportFile.Line line) {
                ParsedRow row = checker.check(line, columns);
                row.initials = PinyinInitials.of(row.get(ImportColumn.CUSTOMER_NAME));
                return row;
            }

            @Override
            public List<ImportRowError> errors(ParsedRow row) {
                List<ImportRowError> errors = new ArrayList<>(row.errors.size());
                for (int i = 0; i < row.errors.size(); i++) {
                    ImportJobReport.RowError e = row.errors.get(i);
                    errors.add(new ImportRowError(e.row(), i, e.field(), e.message()));
                }
                return errors;
            }

            @Override
            public void copy(long jobId, List<ParsedRow> chunk) {
                staging.copy(jobId, chunk);
            }
        };
    }

    /** Which column each header cell names; an unknown, repeated or missing required column refuses the file. */
    static Map<ImportColumn, Integer> columns(List<String> header) {
        Map<ImportColumn, Integer> columns = ImportHeaders.map(ImportColumn.class, header);
        ImportHeaders.require(columns, ImportColumn.CUSTOMER_NAME);
        return columns;
    }
}

package org.kehu.order.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kehu.catalog.ImportedProducts;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportFile;
import org.kehu.shared.jobs.ImportHeaders;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportJobFailedException;
import org.kehu.shared.jobs.ImportJobRun;
import org.kehu.shared.jobs.ImportJobWork;
import org.kehu.shared.jobs.ImportJobs;
import org.kehu.shared.jobs.ImportMode;
import org.kehu.shared.jobs.ImportRefusedException;
import org.kehu.shared.jobs.ImportRowError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports order history from a CSV (UTF-8 or GB18030) or Excel file, one row per order line, as an import
 * job ({@link ImportJobs}) with the customer import's row report and progress: the file is streamed and each
 * line checked on its own ({@link OrderRowChecker}) and copied into a staging table; the checks across lines
 * and the look-ups of customers and products run there in SQL ({@link OrderImportStaging}); the valid orders
 * are written from there in one transaction ({@link OrderImportWriter}). Memory does not grow with the file.
 * Imported orders are completed (or cancelled) past sales: no stock moves.
 */
@Service
public class OrderHistoryImporter {

    /** The kind of the import jobs this importer runs. */
    public static final String KIND = "order-history";
    /** Up to this many data rows, a file is imported while the request waits (unless asked otherwise). */
    public static final int SMALL_FILE_ROWS = 1_000;
    private static final int CHUNK = 5_000;

    private final UserDirectory users;
    private final MessageSource messages;
    private final OrderImportStaging staging;
    private final OrderImportWriter writer;
    private final ImportedProducts products;
    private final ImportJobs jobs;

    OrderHistoryImporter(UserDirectory users, MessageSource messages, OrderImportStaging staging, OrderImportWriter writer,
            ImportedProducts products, ImportJobs jobs) {
        this.users = users;
        this.messages = messages;
        this.staging = staging;
        this.writer = writer;
        this.products = products;
        this.jobs = jobs;
    }

    /**
     * Checks the options, keeps the upload in a temporary file, checks its type and header, and starts the
     * import job: answers it finished when it ran while the caller waited, else queued or running.
     *
     * @throws InvalidInputException when an option is not one the user may choose (naming it)
     * @throws ImportRefusedException when the file is not CSV or Excel, has no data rows, or its header does not match
     */
    @PreAuthorize("hasAuthority('order.import')")
    public ImportJob start(String filename, InputStream content, OrderImportOptions options, ImportExecution execution)
            throws IOException {
        CurrentUser me = users.requireCurrentUser();
        check(options, me);
        Path file = Files.createTempFile("kehu-order-import-", ".upload");
        boolean handedOver = false;
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            long rows;
            try (ImportFile opened = ImportFile.open(filename, file)) {
                columns(opened.header());
                rows = opened.count(SMALL_FILE_ROWS + 1L);
            }
            if (rows == 0) {
                throw new ImportRefusedException("order.import.error.no-rows");
            }
            long id = jobs.create(KIND, me.id(), filename, options.encode());
            ImportJobWork work = run -> {
                try {
                    return execute(run, filename, file, options, me);
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

    /** An order import job, for the user who started it or an administrator; empty for anyone else. */
    public Optional<ImportJob> job(long jobId) {
        CurrentUser me = users.requireCurrentUser();
        return jobs.find(jobId).filter(j -> KIND.equals(j.kind()) && (j.ownerId() == me.id() || me.can(Permission.SETTING_EDIT)));
    }

    /** A page of the job's row report, after the given row and position, in file order. */
    public List<ImportRowError> errors(ImportJob job, int afterRow, int afterPosition, int limit) {
        return jobs.errors(job.id(), afterRow, afterPosition, limit);
    }

    /** The job as a report, with a page of its errors and the link to the next page (or null). */
    public OrderImportReport report(ImportJob job, List<ImportRowError> errors, String nextErrors) {
        Locale locale = LocaleContextHolder.getLocale();
        String failure = job.failure() == null ? null : messages.getMessage(job.failure(), null, job.failure(), locale);
        OrderImportOptions options = OrderImportOptions.decode(job.options());
        return new OrderImportReport(job.id(), job.state(), job.phase(), options.mode(), options.createCustomers(),
                options.createProducts(), job.rowsTotal(), job.rowsRead(), job.rowsValid(), job.rowsWithErrors(), job.errorCount(),
                job.resultCount("orders"), job.resultCount("lines"), job.resultCount("customersCreated"),
                job.resultCount("productsCreated"), day(job, "firstDay"), day(job, "lastDay"), failure,
                errors.stream().map(e -> new OrderImportReport.RowError(e.row(), e.field(), e.message())).toList(), nextErrors);
    }

    /** Which column each header cell names; an unknown or repeated column, or a missing required one, refuses the file. */
    static Map<OrderImportColumn, Integer> columns(List<String> header) {
        Map<OrderImportColumn, Integer> columns = ImportHeaders.map(OrderImportColumn.class, header);
        ImportHeaders.require(columns, OrderImportColumn.ORDER_NUMBER);
        ImportHeaders.require(columns, OrderImportColumn.ORDER_DATE);
        ImportHeaders.require(columns, OrderImportColumn.CUSTOMER_CODE, OrderImportColumn.CUSTOMER_NAME);
        ImportHeaders.require(columns, OrderImportColumn.PRODUCT_CODE, OrderImportColumn.PRODUCT_NAME);
        ImportHeaders.require(columns, OrderImportColumn.QUANTITY);
        ImportHeaders.require(columns, OrderImportColumn.UNIT_PRICE, OrderImportColumn.AMOUNT);
        return columns;
    }

    /** The owner is the importer or one they may assign customers to; the category exists; creating needs its permission. */
    private void check(OrderImportOptions options, CurrentUser me) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (options.ownerId() != me.id() && (!me.can(Permission.CUSTOMER_ASSIGN)
                || users.assignableOwners(Permission.CUSTOMER_VIEW).stream().noneMatch(u -> u.id() == options.ownerId()))) {
            errors.put("ownerId", "order.import.error.owner");
        }
        if (options.categoryId() != null && !products.categoryExists(options.categoryId())) {
            errors.put("categoryId", "order.import.error.category");
        }
        if (options.createCustomers() && !me.can(Permission.CUSTOMER_CREATE)) {
            errors.put("createCustomers", "order.import.error.create-customers-not-permitted");
        }
        if (options.createProducts() && !me.can(Permission.PRODUCT_EDIT)) {
            errors.put("createProducts", "order.import.error.create-products-not-permitted");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Map<String, Object> execute(ImportJobRun run, String filename, Path file, OrderImportOptions options, CurrentUser me) {
        long id = run.jobId();
        Locale locale = LocaleContextHolder.getLocale();
        try {
            run.phase("counting");
            try (ImportFile opened = ImportFile.open(filename, file)) {
                run.total(opened.count(Long.MAX_VALUE));
            }
            run.phase("reading");
            long read = read(run, filename, file, new OrderRowChecker(messages, locale));

            run.phase("checking");
            staging.orders(run, locale);
            staging.customers(run, locale, users.ownerScope(me), options.createCustomers());
            staging.products(run, locale, options.createProducts());
            ImportJobRun.Counts counts = run.countErrors(read);
            boolean writeNothing = options.mode() == ImportMode.ALL_OR_NOTHING && counts.errorCount() > 0;
            staging.markBadOrders(id);

            run.phase("writing");
            OrderImportWriter.Written written = writeNothing ? OrderImportWriter.Written.nothing()
                    : writer.write(id, filename, options, me.id());
            Map<String, Object> result = new HashMap<>();
            result.put("orders", written.orders());
            result.put("lines", written.lines());
            result.put("customersCreated", written.customersCreated());
            result.put("productsCreated", written.productsCreated());
            if (written.categoryId() != null) {
                result.put("categoryId", written.categoryId());
            }
            if (written.firstDay() != null) {
                result.put("firstDay", written.firstDay().toString());
                result.put("lastDay", written.lastDay().toString());
            }
            return result;
        } catch (ImportRefusedException e) {
            throw new ImportJobFailedException(e.messageKey());
        } finally {
            staging.clear(id);
        }
    }

    /** Reads and checks the rows, copying them to the staging table and their errors to the report, a chunk at a time. */
    private long read(ImportJobRun run, String filename, Path file, OrderRowChecker checker) {
        long read = 0;
        long withErrors = 0;
        try (ImportFile opened = ImportFile.open(filename, file)) {
            Map<OrderImportColumn, Integer> columns = columns(opened.header());
            List<StagedRow> chunk = new ArrayList<>(CHUNK);
            for (ImportFile.Line line = opened.next(); line != null; line = opened.next()) {
                StagedRow row = checker.check(line, columns);
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

    private void store(ImportJobRun run, List<StagedRow> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        staging.copy(run.jobId(), chunk);
        List<ImportRowError> errors = new ArrayList<>();
        chunk.forEach(row -> errors.addAll(row.errors));
        run.errors(errors);
        chunk.clear();
    }

    private static LocalDate day(ImportJob job, String name) {
        return job.result() != null && job.result().get(name) instanceof String s ? LocalDate.parse(s) : null;
    }
}

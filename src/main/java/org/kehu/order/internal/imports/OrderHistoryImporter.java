package org.kehu.order.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kehu.catalog.ImportedProducts;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportFile;
import org.kehu.shared.jobs.ImportHeaders;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportJobKind;
import org.kehu.shared.jobs.ImportJobRun;
import org.kehu.shared.jobs.ImportJobs;
import org.kehu.shared.jobs.ImportRefusedException;
import org.kehu.shared.jobs.ImportRowError;
import org.kehu.shared.jobs.ImportRowStage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports order history from a CSV (UTF-8 or GB18030) or Excel file, one row per order line, as an import
 * job ({@link ImportJobKind}) with the customer import's row report and progress: the file is streamed and each
 * line checked on its own ({@link OrderRowChecker}) and copied into a staging table; the checks across lines
 * and the look-ups of customers and products run there in SQL ({@link OrderImportStaging}); the valid orders
 * are written from there in one transaction ({@link OrderImportWriter}). Memory does not grow with the file.
 * Imported orders are completed (or cancelled) past sales: no stock moves.
 */
@Service
public class OrderHistoryImporter {

    /** The kind of the import jobs this importer runs. */
    public static final String KIND = "order-history";
    private static final int CHUNK = 5_000;

    private final UserDirectory users;
    private final MessageSource messages;
    private final OrderImportStaging staging;
    private final OrderImportWriter writer;
    private final ImportedProducts products;
    private final ImportJobKind<OrderImportResult> kind;

    OrderHistoryImporter(UserDirectory users, MessageSource messages, OrderImportStaging staging, OrderImportWriter writer,
            ImportedProducts products, ImportJobs jobs) {
        this.users = users;
        this.messages = messages;
        this.staging = staging;
        this.writer = writer;
        this.products = products;
        this.kind = jobs.kind(KIND, "order.import.error.no-rows", OrderHistoryImporter::columns, OrderHistoryImporter::result);
    }

    /** The order history import's jobs: their reports and row report pages. */
    public ImportJobKind<OrderImportResult> kind() {
        return kind;
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
        return kind.start(filename, content, me.id(), options.encode(), execution,
                (run, name, file) -> execute(run, name, file, options, me));
    }

    /**
     * An order import job, for the user who started it or an administrator.
     *
     * @throws org.kehu.shared.RecordNotFoundException for anyone else
     */
    public ImportJob job(long jobId) {
        CurrentUser me = users.requireCurrentUser();
        return kind.job(jobId, me.id(), me.can(Permission.SETTING_EDIT));
    }

    private static OrderImportResult result(ImportJob job) {
        OrderImportOptions options = OrderImportOptions.decode(job.options());
        return new OrderImportResult(options.mode(), options.createCustomers(), options.createProducts(),
                job.resultCount("orders"), job.resultCount("lines"), job.resultCount("customersCreated"),
                job.resultCount("productsCreated"), day(job, "firstDay"), day(job, "lastDay"));
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
            run.phase("reading");
            OrderRowChecker checker = new OrderRowChecker(messages, locale);
            long read = run.readRows(filename, file, header -> rows(columns(header), checker), CHUNK);

            run.phase("checking");
            staging.orders(run, locale);
            staging.customers(run, locale, users.ownerScope(me), options.createCustomers());
            staging.products(run, locale, options.createProducts());
            boolean writeNothing = options.mode().writesNothing(run.countErrors(read));
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
        } finally {
            staging.clear(id);
        }
    }

    /** Each line checked on its own and copied to the staging table. */
    private ImportRowStage<StagedRow> rows(Map<OrderImportColumn, Integer> columns, OrderRowChecker checker) {
        return new ImportRowStage<>() {
            @Override
            public StagedRow check(ImportFile.Line line) {
                return checker.check(line, columns);
            }

            @Override
            public List<ImportRowError> errors(StagedRow row) {
                return row.errors;
            }

            @Override
            public void copy(long jobId, List<StagedRow> chunk) {
                staging.copy(jobId, chunk);
            }
        };
    }

    private static LocalDate day(ImportJob job, String name) {
        return job.result() != null && job.result().get(name) instanceof String s ? LocalDate.parse(s) : null;
    }
}

package org.kehu.order.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.identity.UserDirectory;
import org.kehu.order.internal.imports.OrderHistoryImporter;
import org.kehu.order.internal.imports.OrderImportOptions;
import org.kehu.order.internal.imports.OrderImportResult;
import org.kehu.order.internal.imports.OrderImportTemplate;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportJobApi;
import org.kehu.shared.jobs.ImportJobReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/orders/import}: order history, one row per order line (multipart {@code file}; form
 * fields {@code mode} = ALL_OR_NOTHING|VALID_ROWS, {@code createCustomers}, {@code createProducts} = true|false,
 * {@code ownerId}, {@code categoryId}). A file of up to 1,000 data rows (or any with {@code wait=true}) is
 * imported before the answer, {@code 200} with the report; a larger one (or any with {@code wait=false})
 * answers {@code 202 Accepted} with the job's URL in {@code Location}: {@code GET /api/v1/orders/import/{jobId}}
 * answers its state, counts and first 1,000 errors, {@code .../errors?after=} pages on. A bad option or a file
 * that is not CSV or Excel, or whose header does not match, is a 400 problem naming the field. A job is
 * visible to the user who started it and to administrators only (404 for anyone else).
 * {@code GET /api/v1/orders/import/template?format=csv|xlsx} gives the file to fill in.
 */
@RestController
class OrderImportApi {

    private final OrderHistoryImporter importer;
    private final UserDirectory users;
    private final ImportJobApi<OrderImportResult> answers;

    OrderImportApi(OrderHistoryImporter importer, UserDirectory users) {
        this.importer = importer;
        this.users = users;
        this.answers = new ImportJobApi<>(importer.kind(), "/api/v1/orders/import");
    }

    @PostMapping(path = "/api/v1/orders/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('order.import')")
    ResponseEntity<ImportJobReport<OrderImportResult>> importOrders(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String createCustomers,
            @RequestParam(required = false) String createProducts, @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String categoryId, @RequestParam(required = false) String wait) throws IOException {
        OrderImportOptions options = OrderImportOptions.parse(mode, createCustomers, createProducts, ownerId, categoryId,
                users.requireCurrentUser().id());
        ImportExecution execution = ImportExecution.ofWait(wait);
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "order.import.error.no-file");
        }
        try (InputStream content = file.getInputStream()) {
            return answers.started(importer.start(file.getOriginalFilename(), content, options, execution));
        }
    }

    @GetMapping("/api/v1/orders/import/template")
    @PreAuthorize("hasAuthority('order.import')")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"xlsx".equalsIgnoreCase(format)) {
            throw InvalidInputException.of("format", "order.import.error.format");
        }
        OrderImportTemplate.file().send(response, csv, "order-import-template");
    }

    @GetMapping("/api/v1/orders/import/{jobId}")
    @PreAuthorize("hasAuthority('order.import')")
    ImportJobReport<OrderImportResult> status(@PathVariable long jobId) {
        return answers.status(importer.job(jobId));
    }

    @GetMapping("/api/v1/orders/import/{jobId}/errors")
    @PreAuthorize("hasAuthority('order.import')")
    ImportJobApi.ErrorPage errors(@PathVariable long jobId, @RequestParam(required = false) String after) {
        return answers.errors(importer.job(jobId), after);
    }
}

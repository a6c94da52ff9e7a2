package org.kehu.order.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.identity.UserDirectory;
import org.kehu.order.internal.imports.OrderHistoryImporter;
import org.kehu.order.internal.imports.OrderImportOptions;
import org.kehu.order.internal.imports.OrderImportReport;
import org.kehu.order.internal.imports.OrderImportTemplate;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportRefusedException;
import org.kehu.shared.jobs.ImportRowError;
import org.kehu.shared.web.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

    static final int ERRORS_PER_PAGE = 1_000;
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

    private final OrderHistoryImporter importer;
    private final UserDirectory users;
    private final Messages messages;

    OrderImportApi(OrderHistoryImporter importer, UserDirectory users, Messages messages) {
        this.importer = importer;
        this.users = users;
        this.messages = messages;
    }

    /** A page of a job's row report. */
    record ErrorPage(List<OrderImportReport.RowError> errors, String next) {
    }

    @PostMapping(path = "/api/v1/orders/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('order.import')")
    ResponseEntity<OrderImportReport> importOrders(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String createCustomers,
            @RequestParam(required = false) String createProducts, @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String categoryId, @RequestParam(required = false) String wait) throws IOException {
        OrderImportOptions options = OrderImportOptions.parse(mode, createCustomers, createProducts, ownerId, categoryId,
                users.requireCurrentUser().id());
        ImportExecution execution = wait == null || wait.isBlank() ? ImportExecution.AUTO
                : switch (wait.trim()) {
                    case "true" -> ImportExecution.WAIT;
                    case "false" -> ImportExecution.BACKGROUND;
                    default -> throw InvalidInputException.of("wait", "order.import.error.flag");
                };
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "order.import.error.no-file");
        }
        ImportJob job;
        try (InputStream content = file.getInputStream()) {
            job = importer.start(file.getOriginalFilename(), content, options, execution);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/orders/import/{id}").buildAndExpand(job.id()).toUri();
        if (job.finished()) {
            return ResponseEntity.ok().location(location).body(report(job, 0, -1));
        }
        return ResponseEntity.accepted().location(location).body(importer.report(job, List.of(), null));
    }

    @GetMapping("/api/v1/orders/import/template")
    @PreAuthorize("hasAuthority('order.import')")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"xlsx".equalsIgnoreCase(format)) {
            throw InvalidInputException.of("format", "order.import.error.format");
        }
        response.setContentType(csv ? "text/csv;charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(csv ? "order-import-template.csv" : "order-import-template.xlsx", StandardCharsets.UTF_8).build().toString());
        if (csv) {
            OrderImportTemplate.writeCsv(response.getOutputStream());
        } else {
            OrderImportTemplate.writeExcel(response.getOutputStream());
        }
    }

    @GetMapping("/api/v1/orders/import/{jobId}")
    @PreAuthorize("hasAuthority('order.import')")
    OrderImportReport status(@PathVariable long jobId) {
        return report(job(jobId), 0, -1);
    }

    @GetMapping("/api/v1/orders/import/{jobId}/errors")
    @PreAuthorize("hasAuthority('order.import')")
    ErrorPage errors(@PathVariable long jobId, @RequestParam(required = false) String after) {
        ImportJob job = job(jobId);
        int row = 0;
        int position = -1;
        if (after != null && !after.isEmpty()) {
            Matcher m = CURSOR.matcher(after);
            if (!m.matches()) {
                throw InvalidInputException.of("after", messages.text("import.job.error.cursor"));
            }
            row = Integer.parseInt(m.group(1));
            position = Integer.parseInt(m.group(2));
        }
        OrderImportReport report = report(job, row, position);
        return new ErrorPage(report.errors(), report.nextErrors());
    }

    private ImportJob job(long jobId) {
        return importer.job(jobId).orElseThrow(() -> new RecordNotFoundException("import job", jobId));
    }

    private OrderImportReport report(ImportJob job, int afterRow, int afterPosition) {
        List<ImportRowError> errors = importer.errors(job, afterRow, afterPosition, ERRORS_PER_PAGE + 1);
        String next = null;
        if (errors.size() > ERRORS_PER_PAGE) {
            errors = errors.subList(0, ERRORS_PER_PAGE);
            ImportRowError last = errors.get(ERRORS_PER_PAGE - 1);
            next = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/orders/import/{id}/errors")
                    .queryParam("after", last.row() + "-" + last.position()).buildAndExpand(job.id()).toUriString();
        }
        return importer.report(job, errors, next);
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException ex) {
        String message = messages.text(ex.messageKey(), ex.args());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        body.setTitle("Import refused");
        body.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}

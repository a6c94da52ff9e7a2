package org.kehu.customer.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kehu.customer.internal.imports.CustomerImporter;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportMode;
import org.kehu.shared.jobs.ImportRefusedException;
import org.kehu.customer.internal.imports.ImportReport;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportRowError;
import org.kehu.shared.web.Messages;
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
 * {@code POST /api/v1/customers/import}: the same import as the page. A file of up to 1,000 data rows
 * (or any file with {@code wait=true}) is imported before the answer, {@code 200} with the report as
 * before; a larger one (or any with {@code wait=false}) answers {@code 202 Accepted} at once, with the
 * job's URL in {@code Location}: {@code GET /api/v1/customers/import/{jobId}} answers its state, counts
 * and the first 1,000 errors, {@code .../errors?after=} pages on. A file that is not CSV or Excel, or
 * whose header does not match, is a 400 problem naming the file, before any job starts. A job is
 * visible to the user who started it and to administrators only (404 for anyone else).
 */
@RestController
class CustomerImportApi {

    static final int ERRORS_PER_PAGE = 1_000;
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

    private final CustomerImporter importer;
    private final Messages messages;

    CustomerImportApi(CustomerImporter importer, Messages messages) {
        this.importer = importer;
        this.messages = messages;
    }

    /** A page of a job's row report. */
    record ErrorPage(List<ImportReport.RowError> errors, String next) {
    }

    @PostMapping(path = "/api/v1/customers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('customer.import')")
    ResponseEntity<ImportReport> importCustomers(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
            @RequestParam(required = false) Boolean wait) throws IOException {
        ImportExecution execution = wait == null ? ImportExecution.AUTO
                : wait ? ImportExecution.WAIT : ImportExecution.BACKGROUND;
        ImportJob job;
        try (InputStream content = file.getInputStream()) {
            job = importer.start(file.getOriginalFilename(), content, mode, execution);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/customers/import/{id}").buildAndExpand(job.id()).toUri();
        if (job.finished()) {
            return ResponseEntity.ok().location(location).body(report(job, 0, -1));
        }
        return ResponseEntity.accepted().location(location).body(importer.report(job, List.of(), null));
    }

    @GetMapping("/api/v1/customers/import/{jobId}")
    @PreAuthorize("hasAuthority('customer.import')")
    ImportReport status(@PathVariable long jobId) {
        return report(job(jobId), 0, -1);
    }

    @GetMapping("/api/v1/customers/import/{jobId}/errors")
    @PreAuthorize("hasAuthority('customer.import')")
    ErrorPage errors(@PathVariable long jobId, @RequestParam(required = false) String after) {
        ImportJob job = job(jobId);
        int[] cursor = cursor(after, messages);
        ImportReport report = report(job, cursor[0], cursor[1]);
        return new ErrorPage(report.errors(), report.nextErrors());
    }

    private ImportJob job(long jobId) {
        return importer.job(jobId).orElseThrow(() -> new RecordNotFoundException("import job", jobId));
    }

    private ImportReport report(ImportJob job, int afterRow, int afterPosition) {
        List<ImportRowError> errors = importer.errors(job, afterRow, afterPosition, ERRORS_PER_PAGE + 1);
        String next = null;
        if (errors.size() > ERRORS_PER_PAGE) {
            errors = errors.subList(0, ERRORS_PER_PAGE);
            ImportRowError last = errors.get(ERRORS_PER_PAGE - 1);
            next = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/customers/import/{id}/errors")
                    .queryParam("after", last.row() + "-" + last.position()).buildAndExpand(job.id()).toUriString();
        }
        return importer.report(job, errors, next);
    }

    /** {@code <row>-<position>} of the last error seen; none: from the start. */
    static int[] cursor(String after, Messages messages) {
        if (after == null || after.isEmpty()) {
            return new int[] {0, -1};
        }
        Matcher m = CURSOR.matcher(after);
        if (!m.matches()) {
            throw InvalidInputException.of("after", messages.text("import.job.error.cursor"));
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
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

package org.kehu.customer.api;

import java.io.IOException;
import java.io.InputStream;

import org.kehu.customer.internal.imports.CustomerImportResult;
import org.kehu.customer.internal.imports.CustomerImporter;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportJobApi;
import org.kehu.shared.jobs.ImportJobReport;
import org.kehu.shared.jobs.ImportMode;
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

    private final CustomerImporter importer;
    private final ImportJobApi<CustomerImportResult> answers;

    CustomerImportApi(CustomerImporter importer) {
        this.importer = importer;
        this.answers = new ImportJobApi<>(importer.kind(), "/api/v1/customers/import");
    }

    @PostMapping(path = "/api/v1/customers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('customer.import')")
    ResponseEntity<ImportJobReport<CustomerImportResult>> importCustomers(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
            @RequestParam(required = false) String wait) throws IOException {
        ImportExecution execution = ImportExecution.ofWait(wait);
        try (InputStream content = file.getInputStream()) {
            return answers.started(importer.start(file.getOriginalFilename(), content, mode, execution));
        }
    }

    @GetMapping("/api/v1/customers/import/{jobId}")
    @PreAuthorize("hasAuthority('customer.import')")
    ImportJobReport<CustomerImportResult> status(@PathVariable long jobId) {
        return answers.status(importer.job(jobId));
    }

    @GetMapping("/api/v1/customers/import/{jobId}/errors")
    @PreAuthorize("hasAuthority('customer.import')")
    ImportJobApi.ErrorPage errors(@PathVariable long jobId, @RequestParam(required = false) String after) {
        ImportJob job = importer.job(jobId);
        return answers.errors(job, after);
    }
}

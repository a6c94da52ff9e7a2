package org.kehu.customer.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.kehu.customer.internal.imports.CustomerImporter;
import org.kehu.customer.internal.imports.ImportMode;
import org.kehu.customer.internal.imports.ImportRefusedException;
import org.kehu.customer.internal.imports.ImportReport;
import org.kehu.shared.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/customers/import}: the same import as the page, answering the report as JSON.
 * A file that is not CSV or Excel, or whose header does not match, is a 400 problem naming the file.
 */
@RestController
class CustomerImportApi {

    private final CustomerImporter importer;
    private final Messages messages;

    CustomerImportApi(CustomerImporter importer, Messages messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/customers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('customer.import')")
    ImportReport importCustomers(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode) throws IOException {
        return importer.importFile(file.getOriginalFilename(), file.getBytes(), mode);
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

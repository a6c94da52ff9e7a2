package org.kehu.customer.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.customer.internal.imports.CustomerImportResult;
import org.kehu.customer.internal.imports.CustomerImporter;
import org.kehu.customer.internal.imports.ImportColumn;
import org.kehu.customer.internal.imports.ImportTemplate;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportJobKind;
import org.kehu.shared.jobs.ImportJobPages;
import org.kehu.shared.jobs.ImportMode;
import org.kehu.shared.jobs.ImportRefusedException;
import org.kehu.shared.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload form with the mode; the job's page, whose progress (rows read, valid, with
 * errors) htmx polls every second until the report shows; and the template downloads. A small file is
 * imported before the job's page opens, so its report shows at once.
 */
@Controller
@RequestMapping("/customers/import")
@PreAuthorize("hasAuthority('customer.import')")
class CustomerImportController {

    private final CustomerImporter importer;
    private final ImportJobKind<CustomerImportResult> jobs;
    private final Messages messages;

    CustomerImportController(CustomerImporter importer, Messages messages) {
        this.importer = importer;
        this.jobs = importer.kind();
        this.messages = messages;
    }

    @ModelAttribute("columnLabels")
    Map<String, String> columnLabels() {
        return ImportJobPages.columnLabels(ImportColumn.class, LocaleContextHolder.getLocale());
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("mode", ImportMode.ALL_OR_NOTHING);
        return "customer/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, Model model) throws IOException {
        model.addAttribute("mode", mode);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.text("customer.import.error.no-file"));
            return "customer/import";
        }
        try (InputStream content = file.getInputStream()) {
            ImportJob job = importer.start(file.getOriginalFilename(), content, mode, ImportExecution.AUTO);
            return "redirect:/customers/import/jobs/" + job.id();
        } catch (ImportRefusedException e) {
            model.addAttribute("fileError", messages.text(e.messageKey(), e.args()));
            return "customer/import";
        }
    }

    @GetMapping("/jobs/{jobId}")
    String job(@PathVariable long jobId, Model model) {
        ImportJob job = importer.job(jobId);
        model.addAttribute("mode", ImportMode.valueOf(job.options()));
        model.addAttribute("filename", job.filename());
        model.addAttribute("report", ImportJobPages.report(jobs, job));
        return "customer/import";
    }

    /** The job's progress or, once done, its report: what the page polls. */
    @GetMapping("/jobs/{jobId}/progress")
    String progress(@PathVariable long jobId, Model model) {
        ImportJob job = importer.job(jobId);
        model.addAttribute("filename", job.filename());
        model.addAttribute("report", ImportJobPages.report(jobs, job));
        return "customer/import :: job";
    }

    /** The next page of the report's errors, as table rows. */
    @GetMapping("/jobs/{jobId}/errors")
    String errors(@PathVariable long jobId, @RequestParam String after, Model model) {
        model.addAttribute("report", ImportJobPages.errors(jobs, importer.job(jobId), after));
        return "customer/import :: errorRows";
    }

    @GetMapping("/template")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        ImportTemplate.file().send(response, "csv".equalsIgnoreCase(format), "客户导入模板");
    }

}

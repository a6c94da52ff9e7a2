package org.kehu.order.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.catalog.ProductManagement;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.order.internal.imports.OrderHistoryImporter;
import org.kehu.order.internal.imports.OrderImportColumn;
import org.kehu.order.internal.imports.OrderImportOptions;
import org.kehu.order.internal.imports.OrderImportResult;
import org.kehu.order.internal.imports.OrderImportTemplate;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportJobKind;
import org.kehu.shared.jobs.ImportJobPages;
import org.kehu.shared.jobs.ImportJobReport;
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
 * The order history import page (linked from the order list): upload form with the options; the job's
 * page, whose progress htmx polls every second until the row report shows; and the template downloads.
 */
@Controller
@RequestMapping("/orders/import")
@PreAuthorize("hasAuthority('order.import')")
class OrderImportController {

    private final OrderHistoryImporter importer;
    private final ImportJobKind<OrderImportResult> jobs;
    private final UserDirectory users;
    private final ProductManagement products;
    private final Messages messages;

    OrderImportController(OrderHistoryImporter importer, UserDirectory users, ProductManagement products, Messages messages) {
        this.importer = importer;
        this.jobs = importer.kind();
        this.users = users;
        this.products = products;
        this.messages = messages;
    }

    @ModelAttribute("columnLabels")
    Map<String, String> columnLabels() {
        return ImportJobPages.columnLabels(OrderImportColumn.class, LocaleContextHolder.getLocale());
    }

    @GetMapping
    String form(Model model) {
        return form(new OrderImportOptions(ImportMode.ALL_OR_NOTHING, false, false, users.requireCurrentUser().id(), null),
                Map.of(), model);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String createCustomers,
            @RequestParam(required = false) String createProducts, @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String categoryId, Model model) throws IOException {
        long me = users.requireCurrentUser().id();
        OrderImportOptions options;
        try {
            options = OrderImportOptions.parse(mode, createCustomers, createProducts, ownerId, categoryId, me);
        } catch (InvalidInputException e) {
            return form(new OrderImportOptions(ImportMode.ALL_OR_NOTHING, false, false, me, null),
                    messages.texts(e.fieldErrors()), model);
        }
        if (file == null || file.isEmpty()) {
            return form(options, Map.of("file", messages.text("order.import.error.no-file")), model);
        }
        try (InputStream content = file.getInputStream()) {
            ImportJob job = importer.start(file.getOriginalFilename(), content, options, ImportExecution.AUTO);
            return "redirect:/orders/import/jobs/" + job.id();
        } catch (ImportRefusedException e) {
            return form(options, Map.of("file", messages.text(e.messageKey(), e.args())), model);
        } catch (InvalidInputException e) {
            return form(options, messages.texts(e.fieldErrors()), model);
        }
    }

    @GetMapping("/jobs/{jobId}")
    String job(@PathVariable long jobId, Model model) {
        ImportJob job = importer.job(jobId);
        model.addAttribute("filename", job.filename());
        model.addAttribute("report", ImportJobPages.report(jobs, job));
        return form((OrderImportOptions) null, Map.of(), model);
    }

    /** The job's progress or, once done, its report: what the page polls. */
    @GetMapping("/jobs/{jobId}/progress")
    String progress(@PathVariable long jobId, Model model) {
        ImportJob job = importer.job(jobId);
        model.addAttribute("filename", job.filename());
        model.addAttribute("report", ImportJobPages.report(jobs, job));
        return "order/import :: job";
    }

    /** The next page of the report's errors, as table rows. */
    @GetMapping("/jobs/{jobId}/errors")
    String errors(@PathVariable long jobId, @RequestParam String after, Model model) {
        model.addAttribute("report", ImportJobPages.errors(jobs, importer.job(jobId), after));
        return "order/import :: errorRows";
    }

    @GetMapping("/template")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        OrderImportTemplate.file().send(response, "csv".equalsIgnoreCase(format), "历史订单导入模板");
    }


    private String form(OrderImportOptions options, Map<String, String> errors, Model model) {
        OrderImportOptions shown = options;
        if (shown == null && model.getAttribute("report") instanceof ImportJobReport<?> report
                && report.result() instanceof OrderImportResult r) {
            shown = new OrderImportOptions(r.mode(), r.createCustomers(), r.createProducts(), users.requireCurrentUser().id(), null);
        }
        model.addAttribute("options", shown);
        model.addAttribute("errors", errors);
        List<UserSummary> owners = users.requireCurrentUser().can(Permission.CUSTOMER_ASSIGN)
                ? users.assignableOwners(Permission.CUSTOMER_VIEW)
                : users.user(users.requireCurrentUser().id()).stream().toList();
        model.addAttribute("owners", owners);
        model.addAttribute("categories", products.categories());
        return "order/import";
    }
}

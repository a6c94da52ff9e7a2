package org.kehu.order.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.catalog.ProductManagement;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.order.internal.imports.OrderHistoryImporter;
import org.kehu.order.internal.imports.OrderImportColumn;
import org.kehu.order.internal.imports.OrderImportOptions;
import org.kehu.order.internal.imports.OrderImportTemplate;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.jobs.ImportExecution;
import org.kehu.shared.jobs.ImportJob;
import org.kehu.shared.jobs.ImportMode;
import org.kehu.shared.jobs.ImportRefusedException;
import org.kehu.shared.jobs.ImportRowError;
import org.kehu.shared.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    static final int ERRORS_PER_PAGE = 200;
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

    private final OrderHistoryImporter importer;
    private final UserDirectory users;
    private final ProductManagement products;
    private final Messages messages;

    OrderImportController(OrderHistoryImporter importer, UserDirectory users, ProductManagement products, Messages messages) {
        this.importer = importer;
        this.users = users;
        this.products = products;
        this.messages = messages;
    }

    @ModelAttribute("columnLabels")
    Map<String, String> columnLabels() {
        boolean chinese = "zh".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> labels = new HashMap<>();
        for (OrderImportColumn c : OrderImportColumn.values()) {
            labels.put(c.field(), chinese ? c.chinese() : c.english());
        }
        return labels;
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
        ImportJob job = job(jobId);
        model.addAttribute("filename", job.filename());
        addErrors(job, 0, -1, model);
        return form((OrderImportOptions) null, Map.of(), model);
    }

    /** The job's progress or, once done, its report: what the page polls. */
    @GetMapping("/jobs/{jobId}/progress")
    String progress(@PathVariable long jobId, Model model) {
        ImportJob job = job(jobId);
        model.addAttribute("filename", job.filename());
        addErrors(job, 0, -1, model);
        return "order/import :: job";
    }

    /** The next page of the report's errors, as table rows. */
    @GetMapping("/jobs/{jobId}/errors")
    String errors(@PathVariable long jobId, @RequestParam String after, Model model) {
        Matcher m = CURSOR.matcher(after);
        if (!m.matches()) {
            throw new RecordNotFoundException("error page", after);
        }
        addErrors(job(jobId), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), model);
        return "order/import :: errorRows";
    }

    @GetMapping("/template")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        response.setContentType(csv ? "text/csv;charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(csv ? "历史订单导入模板.csv" : "历史订单导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
        if (csv) {
            OrderImportTemplate.writeCsv(response.getOutputStream());
        } else {
            OrderImportTemplate.writeExcel(response.getOutputStream());
        }
    }

    private String form(OrderImportOptions options, Map<String, String> errors, Model model) {
        OrderImportOptions shown = options;
        if (shown == null && model.getAttribute("report") instanceof org.kehu.order.internal.imports.OrderImportReport r) {
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

    private ImportJob job(long jobId) {
        return importer.job(jobId).orElseThrow(() -> new RecordNotFoundException("import job", jobId));
    }

    private void addErrors(ImportJob job, int afterRow, int afterPosition, Model model) {
        List<ImportRowError> errors = job.finished() ? importer.errors(job, afterRow, afterPosition, ERRORS_PER_PAGE + 1) : List.of();
        String next = null;
        if (errors.size() > ERRORS_PER_PAGE) {
            errors = errors.subList(0, ERRORS_PER_PAGE);
            ImportRowError last = errors.get(ERRORS_PER_PAGE - 1);
            next = last.row() + "-" + last.position();
        }
        model.addAttribute("report", importer.report(job, errors, next));
    }
}

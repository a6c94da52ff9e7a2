package org.kehu.customer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.customer.internal.imports.CustomerImporter;
import org.kehu.customer.internal.imports.ImportMode;
import org.kehu.customer.internal.imports.ImportRefusedException;
import org.kehu.customer.internal.imports.ImportTemplate;
import org.kehu.shared.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: upload form with the mode, then the report; and the template downloads. */
@Controller
@RequestMapping("/customers/import")
@PreAuthorize("hasAuthority('customer.import')")
class CustomerImportController {

    private final CustomerImporter importer;
    private final Messages messages;

    CustomerImportController(CustomerImporter importer, Messages messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("columnLabels")
    java.util.Map<String, String> columnLabels() {
        boolean chinese = "zh".equals(LocaleContextHolder.getLocale().getLanguage());
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (org.kehu.customer.internal.imports.ImportColumn c : org.kehu.customer.internal.imports.ImportColumn.values()) {
            labels.put(c.field(), chinese ? c.chinese() : c.english());
        }
        return labels;
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
        try {
            model.addAttribute("report", importer.importFile(file.getOriginalFilename(), file.getBytes(), mode));
            model.addAttribute("filename", file.getOriginalFilename());
        } catch (ImportRefusedException e) {
            model.addAttribute("fileError", messages.text(e.messageKey(), e.args()));
        }
        return "customer/import";
    }

    @GetMapping("/template")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        response.setContentType(csv ? "text/csv;charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(csv ? "客户导入模板.csv" : "客户导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
        if (csv) {
            ImportTemplate.writeCsv(response.getOutputStream());
        } else {
            ImportTemplate.writeExcel(response.getOutputStream());
        }
    }
}

package org.kehu.analytics.report.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kehu.analytics.report.Report;
import org.kehu.analytics.report.ReportCatalog;
import org.kehu.analytics.report.ReportFilter;
import org.kehu.analytics.report.ReportFilterField;
import org.kehu.analytics.report.ReportFilters;
import org.kehu.analytics.report.ReportParameters;
import org.kehu.analytics.report.ReportView;
import org.kehu.catalog.ProductManagement;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.kehu.shared.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports pages: {@code /reports} lists every report; {@code /reports/{key}} shows one with its filters,
 * charts, totals and table; {@code /print} is the same for paper; {@code /export} downloads the whole table as
 * CSV or Excel ({@code report.export}). A refused filter is shown beside its field and the report is not run.
 */
@Controller
@PreAuthorize("hasAuthority('report.view')")
class ReportPageController {

    /** Rows on the page and in print; the export has them all. */
    static final int PAGE_ROWS = 100;

    private final ReportCatalog catalog;
    private final ReportFilters filters;
    private final Messages messages;
    private final UserDirectory users;
    private final Dictionary dictionary;
    private final ProductManagement products;
    private final JsonMapper json = JsonMapper.builder().build();

    ReportPageController(ReportCatalog catalog, ReportFilters filters, Messages messages, UserDirectory users,
            Dictionary dictionary, ProductManagement products) {
        this.catalog = catalog;
        this.filters = filters;
        this.messages = messages;
        this.users = users;
        this.dictionary = dictionary;
        this.products = products;
    }

    @GetMapping("/reports")
    String index(Model model) {
        model.addAttribute("reports", catalog.all());
        return "analytics/reports";
    }

    @GetMapping("/reports/{key:[a-z-]+}")
    String report(@PathVariable String key, @ModelAttribute("params") ReportParameters params, Model model) {
        return show(key, params, model, "analytics/report");
    }

    @GetMapping("/reports/{key:[a-z-]+}/print")
    String print(@PathVariable String key, @ModelAttribute("params") ReportParameters params, Model model) {
        model.addAttribute("printedAt", Instant.now());
        return show(key, params, model, "analytics/report-print");
    }

    @GetMapping("/reports/{key:[a-z-]+}/export")
    @PreAuthorize("hasAuthority('report.export')")
    void export(@PathVariable String key, @ModelAttribute ReportParameters params,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        Report report = catalog.get(key);
        TableExport.Format type = ExportDownload.format(format, "analytics.report.error.format");
        ReportFilter filter = filters.check(report, params);
        List<String> header = report.columns(filter).stream().map(c -> messages.text(c.labelKey())).toList();
        String name = key + (report.filters().contains(ReportFilterField.PERIOD) ? "-" + filter.from() + "-" + filter.to() : "");
        TableExport.write(type, ExportDownload.start(response, type, name), messages.text(report.titleKey()), header,
                sink -> catalog.export(report, filter, sink));
    }

    private String show(String key, ReportParameters params, Model model, String view) {
        Report report = catalog.get(key);
        model.addAttribute("report", report);
        options(model);
        try {
            ReportFilter filter = filters.check(report, params);
            ReportView result = ReportView.of(catalog.run(report, filter, PAGE_ROWS), messages);
            model.addAttribute("filter", filter);
            model.addAttribute("result", result);
            model.addAttribute("chartsJson", json.writeValueAsString(result.charts()));
            model.addAttribute("query", query(filter));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.texts(e.fieldErrors()));
        }
        return view;
    }

    /** The filter as a query string, for the export, print and dimension links. */
    private static String query(ReportFilter f) {
        StringBuilder q = new StringBuilder("from=").append(f.from()).append("&to=").append(f.to());
        append(q, "department", f.department());
        append(q, "owner", f.owner());
        append(q, "region", f.region());
        append(q, "grade", f.grade());
        append(q, "category", f.category());
        append(q, "dimension", f.dimension());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, Object value) {
        if (value != null) {
            q.append('&').append(name).append('=')
                    .append(org.springframework.web.util.UriUtils.encodeQueryParam(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private void options(Model model) {
        var scope = users.ownerScope();
        List<UserSummary> owners = users.usersWith(Permission.CUSTOMER_VIEW).stream().filter(u -> scope.permits(u.id()))
                .sorted(Comparator.comparing(UserSummary::name)).toList();
        model.addAttribute("owners", owners);
        model.addAttribute("departments", users.departments());
        model.addAttribute("provinces", dictionary.provinces());
        model.addAttribute("grades", dictionary.entries(DictionaryType.CUSTOMER_GRADE));
        model.addAttribute("categories", products.categories());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("canExport", users.currentUser().map(u -> u.can(Permission.REPORT_EXPORT)).orElse(false));
    }
}

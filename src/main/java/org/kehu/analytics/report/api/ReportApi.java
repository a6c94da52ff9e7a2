package org.kehu.analytics.report.api;

import org.kehu.analytics.report.Report;
import org.kehu.analytics.report.ReportCatalog;
import org.kehu.analytics.report.ReportFilter;
import org.kehu.analytics.report.ReportFilters;
import org.kehu.analytics.report.ReportParameters;
import org.kehu.analytics.report.ReportResponse;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The reports over REST, with the page's filters and the caller's data scope. Every bad parameter answers 400
 * naming it (problem+json); an unknown report 404.
 */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasAuthority('report.view')")
@Tag(name = "Reports", description = "Customer contribution, composition, transactions and purchasing power; figures net of returns")
class ReportApi {

    /** The most rows one answer carries; {@code rowCount} tells how many the set has. */
    static final int MAX_LIMIT = 10_000;

    private final ReportCatalog catalog;
    private final ReportFilters filters;
    private final Messages messages;

    ReportApi(ReportCatalog catalog, ReportFilters filters, Messages messages) {
        this.catalog = catalog;
        this.filters = filters;
        this.messages = messages;
    }

    @GetMapping("/{key:contribution|composition|transactions|purchasing-power|service|statistics|rfm|channels}")
    @Operation(summary = "Run a report", description = """
            `from` and `to` (yyyy-MM-dd, both included; default the last twelve months; at most 10 years), \
            `department`, `owner` (user ids), `region` (province code such as 110000), `grade` (dictionary code), \
            `category` (product category id), `dimension` (composition: grade|nature|group|region|industry|status; \
            transactions: nature|region|category; rfm: segment|grid|customers|customers-<SEGMENT>|customers-r<R>f<F>), `limit` (rows, 1–10000, default 1000). Answers the rows, \
            `rowCount` and the totals of the whole filtered set.""")
    ReportResponse report(@PathVariable String key,
            @Parameter(example = "2026-01-01") @RequestParam(required = false) String from,
            @Parameter(example = "2026-12-31") @RequestParam(required = false) String to,
            @RequestParam(required = false) String department, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String region, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String category, @RequestParam(required = false) String dimension,
            @RequestParam(required = false) String limit) {
        Report report = catalog.get(key);
        int rows = limit(limit);
        ReportFilter filter = filters.check(report,
                new ReportParameters(from, to, department, owner, region, grade, category, dimension));
        return ReportResponse.of(report, filter, catalog.run(report, filter, rows), messages);
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return 1000;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw InvalidInputException.of("limit", "analytics.report.error.limit");
    }
}

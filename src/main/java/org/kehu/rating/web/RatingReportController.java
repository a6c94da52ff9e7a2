package org.kehu.rating.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.rating.CustomerRatings;
import org.kehu.rating.RatingDistribution;
import org.kehu.rating.RatingKind;
import org.kehu.rating.RatingModels;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The distribution of the ratings: customers per loyalty level and credit list, within the reader's scope; as a
 * page, for print, and as a CSV or Excel download ({@code report.export}) through the reports' export writer.
 */
@Controller
class RatingReportController {

    private final CustomerRatings ratings;
    private final RatingModels models;
    private final Messages messages;

    RatingReportController(CustomerRatings ratings, RatingModels models, Messages messages) {
        this.ratings = ratings;
        this.models = models;
        this.messages = messages;
    }

    @GetMapping("/ratings")
    @PreAuthorize("hasAuthority('rating.view')")
    String distribution(Model model) {
        model.addAttribute("distribution", ratings.distribution());
        model.addAttribute("kinds", RatingKind.values());
        model.addAttribute("models", models.list());
        return "rating/distribution";
    }

    @GetMapping("/ratings/print")
    @PreAuthorize("hasAuthority('rating.view')")
    String print(Model model) {
        model.addAttribute("distribution", ratings.distribution());
        model.addAttribute("kinds", RatingKind.values());
        model.addAttribute("printedAt", Instant.now());
        return "rating/distribution-print";
    }

    /** One row per kind and level: its M range, the customers at it and their share of the kind's rated ones. */
    @GetMapping("/ratings/export")
    @PreAuthorize("hasAuthority('rating.view') and hasAuthority('report.export')")
    void export(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        TableExport.Format type = ExportDownload.format(format, "rating.export.error.format");
        RatingDistribution distribution = ratings.distribution();
        List<String> header = List.of(messages.text("rating.model.kind"), messages.text("rating.history.level"),
                messages.text("rating.export.from"), messages.text("rating.export.to"),
                messages.text("rating.distribution.customers"), messages.text("rating.export.share"));
        TableExport.write(type, ExportDownload.start(response, type, "ratings"), messages.text("rating.distribution.title"),
                header, sink -> {
                    for (RatingKind kind : RatingKind.values()) {
                        long total = distribution.total(kind);
                        for (RatingDistribution.LevelCount c : distribution.of(kind)) {
                            sink.row(List.of(messages.text(kind.labelKey()), messages.text(c.level().labelKey()),
                                    c.level().lowerBound(), c.level().upperBound(), c.customers(), share(c.customers(), total)));
                        }
                        sink.row(List.of(messages.text(kind.labelKey()), messages.text("rating.distribution.total"), "", "",
                                total, total == 0 ? "" : BigDecimal.valueOf(100).setScale(2)));
                    }
                });
    }

    /** The share in percent with two decimals; empty when nobody of the kind is rated. */
    private static Object share(long customers, long total) {
        return total == 0 ? "" : BigDecimal.valueOf(customers * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}

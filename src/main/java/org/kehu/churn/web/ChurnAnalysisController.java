package org.kehu.churn.web;

import java.time.Clock;
import java.time.LocalDate;

import org.kehu.churn.ChurnAnalysis;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The churn analysis page (客户流失分析): the period's confirmed churn by month (a chart and a table) and by reason,
 * region and grade. Self-contained until the shared report framework takes it over.
 */
@Controller
@PreAuthorize("hasAuthority('report.view')")
class ChurnAnalysisController {

    private final ChurnAnalysis analysis;
    private final Clock clock;

    ChurnAnalysisController(ChurnAnalysis analysis, Clock clock) {
        this.analysis = analysis;
        this.clock = clock;
    }

    @GetMapping("/churn/analysis")
    String analysis(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? ChurnAnalysis.defaultFrom(end) : from;
        model.addAttribute("report", analysis.report(start, end));
        return "churn/analysis";
    }
}

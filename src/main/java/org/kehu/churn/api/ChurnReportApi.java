package org.kehu.churn.api;

import java.time.Clock;
import java.time.LocalDate;

import org.kehu.churn.ChurnAnalysis;
import org.kehu.churn.ChurnReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The churn analysis report over REST, in the caller's data scope. */
@RestController
@Tag(name = "Reports")
class ChurnReportApi {

    private final ChurnAnalysis analysis;
    private final Clock clock;

    ChurnReportApi(ChurnAnalysis analysis, Clock clock) {
        this.analysis = analysis;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/churn")
    @Operation(summary = "Churn analysis (客户流失分析)", description = "Confirmed churn by reason, region, grade and month from `from` to `to` (yyyy-MM-dd, inclusive; default the last twelve months): `rows` per month, reason, region and grade, and `totals` per dimension. 400 when `to` is before `from` or the period exceeds ten years.")
    ChurnReport report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        return analysis.report(from == null ? ChurnAnalysis.defaultFrom(end) : from, end);
    }
}

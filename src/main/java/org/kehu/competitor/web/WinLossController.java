package org.kehu.competitor.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.kehu.competitor.WinLossReport;
import org.kehu.competitor.WinLossRow;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.kehu.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The win/loss report per competitor: table, chart, CSV/Excel export and print, within the reader's data scope. */
@Controller
@PreAuthorize("hasAuthority('competitor.view') and hasAuthority('opportunity.view')")
class WinLossController {

    private final WinLossReport report;
    private final Messages messages;

    WinLossController(WinLossReport report, Messages messages) {
        this.report = report;
        this.messages = messages;
    }

    @GetMapping("/competitors/win-loss")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        List<WinLossRow> rows = report.rows(from, to);
        model.addAttribute("rows", rows);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        List<WinLossRow> charted = rows.stream().filter(r -> r.faced() > 0).toList();
        model.addAttribute("chartLabels", String.join("|", charted.stream().map(r -> r.name().replace('|', '/')).toList()));
        model.addAttribute("chartWon", String.join("|", charted.stream().map(r -> String.valueOf(r.won())).toList()));
        model.addAttribute("chartLost", String.join("|", charted.stream().map(r -> String.valueOf(r.lostTo())).toList()));
        model.addAttribute("chartOpen", String.join("|", charted.stream().map(r -> String.valueOf(r.open())).toList()));
        return "competitor/win-loss";
    }

    @GetMapping("/competitors/win-loss/export")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        TableExport.Format f = ExportDownload.format(format, "competitor.error.export-format");
        report.rows(from, to); // a bad period answers 400 before the download starts
        report.export(from, to, f, ExportDownload.start(response, f, "competitor-win-loss-" + LocalDate.now()),
                messages::text);
    }
}

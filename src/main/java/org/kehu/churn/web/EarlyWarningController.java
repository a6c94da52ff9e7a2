package org.kehu.churn.web;

import java.io.IOException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.churn.ChurnEarlyWarnings;
import org.kehu.churn.EarlyWarningFilter;
import org.kehu.churn.internal.PAliveSource;
import org.kehu.shared.paging.CappedCount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The early warning tab of the churn page: customers whose P(alive) fell below the threshold before the rule flagged them. */
@Controller
@PreAuthorize("hasAuthority('churn.view')")
class EarlyWarningController {

    private final ChurnEarlyWarnings early;
    private final ChurnWebSupport support;
    private final PAliveSource pAlive;

    EarlyWarningController(ChurnEarlyWarnings early, ChurnWebSupport support, PAliveSource pAlive) {
        this.early = early;
        this.support = support;
        this.pAlive = pAlive;
    }

    @GetMapping("/churn/early-warnings")
    String list(@RequestParam(required = false) Long owner, @RequestParam(required = false) String region,
            @RequestParam(required = false) String after, HtmxRequest htmx, Model model) {
        EarlyWarningFilter filter = new EarlyWarningFilter(owner, region);
        model.addAttribute("page", early.page(filter, after, ChurnWarningController.PAGE_SIZE));
        CappedCount count = early.count(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("count", count.value());
        model.addAttribute("countCapped", count.capped());
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("firstPage", after == null || after.isBlank());
        model.addAttribute("threshold", early.threshold());
        model.addAttribute("hasModel", pAlive.available());
        if (htmx.isHtmxRequest() && "early-rows".equals(htmx.getTarget())) {
            return "churn/early-warnings :: rows";
        }
        support.choices(model);
        return "churn/early-warnings";
    }

    @GetMapping("/churn/early-warnings/export")
    @PreAuthorize("hasAuthority('churn.view') and hasAuthority('report.export')")
    void export(@RequestParam(required = false) Long owner, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        ChurnExports.writeEarly(early, new EarlyWarningFilter(owner, region), format, response);
    }
}

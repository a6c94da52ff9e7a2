package org.kehu.sales.web;

import java.io.IOException;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.sales.internal.OpportunityFilter;
import org.kehu.sales.internal.OpportunityQueries;
import org.kehu.sales.internal.OpportunityService;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The opportunity list: filters, keyset pager, assignment of the selected ones, export. */
@Controller
@PreAuthorize("hasAuthority('opportunity.view')")
class OpportunityListController {

    static final int PAGE_SIZE = 25;

    private final OpportunityQueries queries;
    private final OpportunityService opportunities;
    private final SalesPageSupport support;

    OpportunityListController(OpportunityQueries queries, OpportunityService opportunities, SalesPageSupport support) {
        this.queries = queries;
        this.opportunities = opportunities;
        this.support = support;
    }

    @GetMapping("/opportunities")
    String list(@ModelAttribute("filter") OpportunityFilter filter, @RequestParam(required = false) String after,
            HtmxRequest htmx, Model model) {
        model.addAttribute("page", queries.page(filter, after, PAGE_SIZE));
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("paged", after != null && !after.isBlank());
        support.options(model);
        List<?> assignees = support.assignees();
        model.addAttribute("assignees", assignees);
        model.addAttribute("canAssign", !assignees.isEmpty());
        if (htmx.isHtmxRequest() && "opportunity-rows".equals(htmx.getTarget())) {
            return "sales/list :: rows";
        }
        return "sales/list";
    }

    @GetMapping("/opportunities/export")
    @PreAuthorize("hasAuthority('opportunity.export')")
    void export(@ModelAttribute OpportunityFilter filter, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        OpportunityExport.write(queries, filter, format, support.labels(), support.messages(), response);
    }

    /** Assigns the selected opportunities (all or nothing) and says how many. */
    @PostMapping("/opportunities/assign")
    @PreAuthorize("hasAuthority('opportunity.assign')")
    String assign(@RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) Long assigneeId, @RequestParam(defaultValue = "") String query,
            RedirectAttributes redirect) {
        try {
            int n = opportunities.assign(ids, assigneeId).size();
            redirect.addFlashAttribute("flash", support.messages().text("sales.assign.done", n));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("assignError", support.messages().text(e.fieldErrors().values().iterator().next()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("assignError", support.messages().text(e.messageKey(), e.args()));
        }
        return "redirect:/opportunities" + (query.isBlank() ? "" : "?" + query);
    }
}

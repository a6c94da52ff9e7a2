package org.kehu.sales.web;

import java.util.List;

import org.kehu.sales.internal.FunnelRow;
import org.kehu.sales.internal.OpportunityFilter;
import org.kehu.sales.internal.OpportunityQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The sales funnel: per stage the open opportunities and those that reached it, with amounts and the
 * conversion from the stage before, for a period, a department or an owner; as an ECharts funnel and a table.
 */
@Controller
@PreAuthorize("hasAuthority('opportunity.view')")
class FunnelController {

    private final OpportunityQueries queries;
    private final SalesPageSupport support;

    FunnelController(OpportunityQueries queries, SalesPageSupport support) {
        this.queries = queries;
        this.support = support;
    }

    @GetMapping("/funnel")
    String funnel(@ModelAttribute("filter") OpportunityFilter filter, Model model) {
        support.options(model);
        List<FunnelRow> rows = queries.funnel(filter);
        model.addAttribute("rows", rows);
        return "sales/funnel";
    }
}

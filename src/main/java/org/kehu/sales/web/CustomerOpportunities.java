package org.kehu.sales.web;

import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.sales.internal.OpportunityQueries;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The card "opportunities" on the customer page: the opportunities the customer was won from. */
@Controller
class CustomerOpportunities implements CustomerPageSection {

    private final CustomerManagement customers;
    private final OpportunityQueries queries;
    private final SalesPageSupport support;

    CustomerOpportunities(CustomerManagement customers, OpportunityQueries queries, SalesPageSupport support) {
        this.customers = customers;
        this.queries = queries;
        this.support = support;
    }

    @Override
    public String titleKey() {
        return "sales.section.title";
    }

    @Override
    public String url(long customerId) {
        return "/opportunities/of-customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.OPPORTUNITY_VIEW);
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String id() {
        return "customer-opportunities";
    }

    /** The card's body; the customer's own scope is checked here, as the section contract asks. */
    @GetMapping("/opportunities/of-customer/{customerId}")
    @PreAuthorize("hasAuthority('opportunity.view')")
    String card(@PathVariable long customerId, Model model) {
        if (customers.summary(customerId).isEmpty()) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        model.addAttribute("labels", support.labels());
        model.addAttribute("rows", queries.ofCustomerInScope(customerId));
        return "sales/customer-card :: card";
    }
}

package org.kehu.churn.web;

import org.kehu.churn.ChurnWarnings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The body of the customer page's churn card: the open warning, if any, and the history. 404 outside the scope. */
@Controller
@PreAuthorize("hasAuthority('churn.view')")
class ChurnCustomerController {

    private final ChurnWarnings warnings;

    ChurnCustomerController(ChurnWarnings warnings) {
        this.warnings = warnings;
    }

    @GetMapping("/churn/of-customer/{customerId:\\d+}")
    String card(@PathVariable long customerId, Model model) {
        model.addAttribute("churn", warnings.ofCustomer(customerId));
        return "churn/customer-churn :: card";
    }
}

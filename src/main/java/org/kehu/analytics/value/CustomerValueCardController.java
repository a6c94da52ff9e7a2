package org.kehu.analytics.value;

import org.kehu.analytics.CustomerValues;
import org.kehu.customer.CustomerManagement;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The body of the customer page's value card; a customer outside the user's scope is not found. */
@Controller
@PreAuthorize("hasAuthority('customer.view')")
class CustomerValueCardController {

    private final CustomerValues values;
    private final CustomerManagement customers;
    private final ClvModelStore store;

    CustomerValueCardController(CustomerValues values, CustomerManagement customers, ClvModelStore store) {
        this.values = values;
        this.customers = customers;
        this.store = store;
    }

    @GetMapping("/analytics/value/of-customer/{customerId}")
    String card(@PathVariable long customerId, Model model) {
        if (customers.summary(customerId).isEmpty()) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        model.addAttribute("value", values.of(customerId).orElse(null));
        model.addAttribute("model", store.current().orElse(null));
        return "analytics/customer-value :: card";
    }
}

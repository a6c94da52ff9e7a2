package org.kehu.order.web;

import org.kehu.order.OrderListing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The body of the customer page's order card: all, completed or open orders of the customer. */
@Controller
@PreAuthorize("hasAuthority('order.view')")
class CustomerOrdersController {

    static final int LIMIT = 20;

    private final OrderListing listing;

    CustomerOrdersController(OrderListing listing) {
        this.listing = listing;
    }

    @GetMapping("/orders/of-customer/{customerId}")
    String orders(@PathVariable long customerId, @RequestParam(defaultValue = "all") String tab, Model model) {
        OrderListing.CustomerTab t;
        try {
            t = OrderListing.CustomerTab.valueOf(tab.toUpperCase());
        } catch (IllegalArgumentException e) {
            t = OrderListing.CustomerTab.ALL;
        }
        model.addAttribute("orders", listing.ofCustomer(customerId, t, LIMIT));
        model.addAttribute("tab", t.name().toLowerCase());
        model.addAttribute("customerId", customerId);
        model.addAttribute("limit", LIMIT);
        return "order/customer-orders :: card";
    }
}

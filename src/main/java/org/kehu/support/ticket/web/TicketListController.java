package org.kehu.support.ticket.web;

import java.io.IOException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.customer.CustomerManagement;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.support.TicketStatus;
import org.kehu.support.ticket.TicketExport;
import org.kehu.support.ticket.TicketFilter;
import org.kehu.support.ticket.TicketListing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The ticket list with its views and filters, its exports, and the card of a customer's tickets. */
@Controller
@PreAuthorize("hasAuthority('ticket.view')")
class TicketListController {

    static final int PAGE_SIZE = 25;

    private final TicketListing listing;
    private final TicketExport export;
    private final Dictionary dictionary;
    private final CustomerManagement customers;

    TicketListController(TicketListing listing, TicketExport export, Dictionary dictionary, CustomerManagement customers) {
        this.listing = listing;
        this.export = export;
        this.dictionary = dictionary;
        this.customers = customers;
    }

    @GetMapping("/tickets")
    String list(@ModelAttribute("filter") TicketFilter filter, @RequestParam(required = false) String after,
            HtmxRequest htmx, Model model) {
        model.addAttribute("page", listing.page(filter, after, PAGE_SIZE));
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("after", after == null || after.isBlank() ? null : after);
        if (htmx.isHtmxRequest() && "ticket-rows".equals(htmx.getTarget())) {
            return "support/ticket-list :: rows";
        }
        model.addAttribute("views", TicketFilter.VIEWS);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("types", dictionary.entries(DictionaryType.TICKET_TYPE));
        model.addAttribute("priorities", dictionary.entries(DictionaryType.TICKET_PRIORITY));
        return "support/ticket-list";
    }

    @GetMapping("/tickets/export")
    @PreAuthorize("hasAuthority('ticket.export')")
    void export(@ModelAttribute TicketFilter filter, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        export.write(filter, format, response);
    }

    /** The body of the tickets card on the customer page. */
    @GetMapping("/tickets/customer/{customerId}")
    String customerCard(@PathVariable long customerId, Model model) {
        if (customers.summary(customerId).isEmpty()) {
            throw new org.kehu.shared.RecordNotFoundException("Customer", customerId);
        }
        model.addAttribute("customerId", customerId);
        model.addAttribute("page", listing.page(new TicketFilter(null, null, null, null, null, customerId, null), null, 10));
        return "support/ticket-card :: card";
    }
}

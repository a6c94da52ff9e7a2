package org.kehu.customer.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerListing;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.SavedFilters;
import org.kehu.customer.internal.ValueRanges;
import org.kehu.identity.Permission;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The customer list: filters, sorting, keyset pager, saved filters, transfer of selected customers, export. */
@Controller
@PreAuthorize("hasAuthority('customer.view')")
class CustomerListController {

    static final int PAGE_SIZE = 20;

    private final CustomerListing listing;
    private final CustomerManagement customers;
    private final SavedFilters savedFilters;
    private final PageSupport support;
    private final Messages messages;

    CustomerListController(CustomerListing listing, CustomerManagement customers, SavedFilters savedFilters,
            PageSupport support, Messages messages) {
        this.listing = listing;
        this.customers = customers;
        this.savedFilters = savedFilters;
        this.support = support;
        this.messages = messages;
    }

    @GetMapping("/customers")
    String list(@ModelAttribute("filter") CustomerFilter filter, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            HtmxRequest htmx, Model model) {
        // A bad score range is a message beside its field; the list then shows as if no range were given.
        Map<String, String> rangeErrors = ValueRanges.errors(filter);
        if (!rangeErrors.isEmpty()) {
            Map<String, String> texts = new LinkedHashMap<>();
            rangeErrors.forEach((field, key) -> texts.put(field, messages.text(key)));
            model.addAttribute("rangeErrors", texts);
            filter = withoutRanges(filter);
        }
        model.addAttribute("showValues", listing.hasValues());
        model.addAttribute("page", listing.page(filter, after, before, PAGE_SIZE));
        CappedCount count = listing.count(filter);
        model.addAttribute("count", count.value());
        model.addAttribute("countCapped", count.capped());
        model.addAttribute("query", filter.toQueryString());
        support.customerOptions(model, filter.province(), true);
        boolean canAssign = support.users().requireCurrentUser().can(Permission.CUSTOMER_ASSIGN);
        model.addAttribute("canTransfer", canAssign);
        if (htmx.isHtmxRequest() && "customer-rows".equals(htmx.getTarget())) {
            return "customer/list :: rows";
        }
        model.addAttribute("savedFilters", savedFilters.mine());
        model.addAttribute("transferTargets", canAssign ? support.users().assignableOwners(Permission.CUSTOMER_VIEW) : List.of());
        return "customer/list";
    }

    private static CustomerFilter withoutRanges(CustomerFilter f) {
        return new CustomerFilter(f.code(), f.q(), f.province(), f.city(), f.nature(), f.group(), f.industry(), f.grade(),
                f.owner(), f.status(), f.sort(), f.credit(), f.loyalty());
    }

    @GetMapping("/customers/export")
    void export(@ModelAttribute CustomerFilter filter, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        ExportResponses.write(listing, filter, format, response);
    }

    /** The city options of a province, for the region selects. */
    @GetMapping("/customers/cities")
    String cities(@RequestParam(required = false) String province, @RequestParam(required = false) String provinceCode,
            Model model) {
        if (province == null || province.isBlank()) {
            province = provinceCode;
        }
        model.addAttribute("cities", province == null || province.isBlank() ? List.of() : support.dictionary().cities(province));
        return "customer/fragments :: cities";
    }

    @PostMapping("/customers/transfer")
    String transfer(@RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
        try {
            int n = customers.transfer(ids, ownerId, reason == null || reason.isBlank() ? null : reason.strip());
            redirect.addFlashAttribute("flash", messages.text("customer.transfer.done", n));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("transferError", e.fieldErrors().values().iterator().next());
        }
        return "redirect:/customers" + (query.isBlank() ? "" : "?" + query);
    }

    @PostMapping("/customers/filters")
    String saveFilter(@RequestParam(name = "filterName", required = false) String name,
            @RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
        try {
            savedFilters.save(name, query);
            redirect.addFlashAttribute("flash", messages.text("customer.filters.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("filterError", e.fieldErrors().values().iterator().next());
        }
        return "redirect:/customers" + (query.isBlank() ? "" : "?" + query);
    }

    @PostMapping("/customers/filters/{id}/delete")
    String deleteFilter(@PathVariable long id, RedirectAttributes redirect) {
        savedFilters.delete(id);
        redirect.addFlashAttribute("flash", messages.text("common.deleted"));
        return "redirect:/customers";
    }
}

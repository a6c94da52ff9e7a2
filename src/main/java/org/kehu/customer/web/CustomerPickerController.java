package org.kehu.customer.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerListing;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerRow;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.PinyinInitials;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one customer picker and contact picker every form uses (tasks, tickets, orders, follow-ups, surveys):
 * customers found by name, code or pinyin initials within the reader's data scope, and the contacts of the
 * chosen customer, as htmx fragments of {@code customer/pickers.html}. A reader who may not see customers
 * gets no choices rather than an error, so that forms where the customer is optional still work.
 */
@Controller
class CustomerPickerController {

    /** How many customers the picker offers at once; people narrow the search rather than scroll. */
    static final int CHOICES = 20;

    private final CustomerListing listing;
    private final CustomerManagement customers;
    private final UserDirectory users;

    CustomerPickerController(CustomerListing listing, CustomerManagement customers, UserDirectory users) {
        this.listing = listing;
        this.customers = customers;
        this.users = users;
    }

    /**
     * Customers matching {@code q}: as {@code <option>}s of a select ({@code as=options}, the default) or as
     * check boxes named {@code name} for forms that choose several ({@code as=checks}).
     */
    @GetMapping("/customers/picker")
    String customers(@RequestParam(required = false) String q, @RequestParam(defaultValue = "options") String as,
            @RequestParam(defaultValue = "customerIds") String name, @RequestParam(defaultValue = "") String prefix,
            Model model) {
        boolean checks = "checks".equals(as);
        model.addAttribute("found", find(q, checks));
        model.addAttribute("searched", q != null && !q.isBlank());
        model.addAttribute("name", name.matches("[A-Za-z]{1,40}") ? name : "customerIds");
        model.addAttribute("prefix", prefix.matches("[a-z-]{0,40}") ? prefix : "");
        return checks ? "customer/pickers :: customer-checks" : "customer/pickers :: customer-options";
    }

    /** The contacts of the chosen customer as {@code <option>}s, the primary one chosen; none for no customer. */
    @GetMapping("/customers/picker/contacts")
    String contacts(@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long selected,
            Model model) {
        model.addAttribute("contacts", contactsOf(customerId));
        model.addAttribute("selected", selected);
        model.addAttribute("primaryFirst", true);
        return "customer/pickers :: contact-options";
    }

    private List<CustomerRow> find(String q, boolean checks) {
        if (!users.requireCurrentUser().can(Permission.CUSTOMER_VIEW) || checks && (q == null || q.isBlank())) {
            return List.of();
        }
        String query = q == null || q.isBlank() ? null : q.strip();
        List<CustomerRow> matches = listing.page(new CustomerFilter(null, query, null, null, null, null, null, null,
                null, null, "name"), null, null, CustomerListing.MAX_PAGE_SIZE).items();
        if (query == null) {
            return matches.subList(0, Math.min(CHOICES, matches.size()));
        }
        // Initials match loosely (hbgs finds 湖北钢铁公司 and 湖北鑫港物流公司 alike): the closest matches come first.
        return matches.stream().sorted(Comparator.comparingInt(c -> rank(c, query))).limit(CHOICES).toList();
    }

    private static int rank(CustomerRow c, String query) {
        if (c.code().equalsIgnoreCase(query)) {
            return 0;
        }
        if (c.name().contains(query)) {
            return 1;
        }
        String initials = PinyinInitials.of(c.name());
        String wanted = query.toLowerCase(Locale.ROOT);
        if (initials.startsWith(wanted)) {
            return 2;
        }
        // Letters found in order: names that start with the first letter, and shorter names, are closer.
        boolean sameStart = !initials.isEmpty() && initials.charAt(0) == wanted.charAt(0);
        return 10 + (sameStart ? 0 : 1_000) + initials.length();
    }

    private List<ContactDetails> contactsOf(Long customerId) {
        if (customerId == null || !users.requireCurrentUser().can(Permission.CUSTOMER_VIEW)) {
            return List.of();
        }
        try {
            return customers.contacts(customerId);
        } catch (RecordNotFoundException e) {
            // A customer outside the reader's scope has no contacts to offer.
            return List.of();
        }
    }
}

package org.kehu.support.ticket.web;

import java.util.List;

import org.kehu.catalog.ProductCatalog;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerSummary;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.kehu.support.ServiceTickets;
import org.kehu.support.TicketDetails;
import org.kehu.support.ticket.TicketChecks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing a ticket: the form with its type-specific sections and the customer and contact pickers. */
@Controller
class TicketFormController {

    private final ServiceTickets tickets;
    private final CustomerManagement customers;
    private final Dictionary dictionary;
    private final ProductCatalog catalog;
    private final UserDirectory users;
    private final Messages messages;

    TicketFormController(ServiceTickets tickets, CustomerManagement customers, Dictionary dictionary,
            ProductCatalog catalog, UserDirectory users, Messages messages) {
        this.tickets = tickets;
        this.customers = customers;
        this.dictionary = dictionary;
        this.catalog = catalog;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/tickets/new")
    @PreAuthorize("hasAuthority('ticket.create')")
    String newTicket(@RequestParam(required = false) Long customerId, @RequestParam(required = false) String type,
            Model model) {
        TicketForm form = new TicketForm();
        form.setCustomerId(customerId);
        if (type != null) {
            form.setTypeCode(type);
        }
        return form(form, null, model);
    }

    @PostMapping("/tickets")
    @PreAuthorize("hasAuthority('ticket.create')")
    String create(@ModelAttribute("ticket") TicketForm form, Model model, RedirectAttributes redirect) {
        try {
            TicketDetails t = tickets.create(form.toInput());
            redirect.addFlashAttribute("flash", messages.text("support.created", t.number()));
            return "redirect:/tickets/" + t.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.texts(e.fieldErrors()));
            return form(form, null, model);
        }
    }

    @GetMapping("/tickets/{id}/edit")
    @PreAuthorize("hasAuthority('ticket.handle') or hasAuthority('ticket.create')")
    String edit(@PathVariable long id, Model model) {
        TicketDetails t = tickets.get(id);
        return form(TicketForm.of(t), t, model);
    }

    @PostMapping("/tickets/{id}/edit")
    @PreAuthorize("hasAuthority('ticket.handle') or hasAuthority('ticket.create')")
    String update(@PathVariable long id, @ModelAttribute("ticket") TicketForm form, Model model, RedirectAttributes redirect) {
        try {
            tickets.update(id, form.toInput());
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/tickets/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.texts(e.fieldErrors()));
            return form(form, tickets.get(id), model);
        }
    }

    private String form(TicketForm form, TicketDetails existing, Model model) {
        model.addAttribute("ticket", form);
        model.addAttribute("existing", existing);
        if (form.getCustomerId() != null) {
            CustomerSummary c = customers.summary(form.getCustomerId()).orElse(null);
            model.addAttribute("selectedCustomer", c);
            model.addAttribute("contacts", c == null ? List.of() : customers.contacts(c.id()));
        } else {
            model.addAttribute("contacts", List.of());
        }
        model.addAttribute("types", dictionary.enabledEntries(DictionaryType.TICKET_TYPE));
        model.addAttribute("priorities", dictionary.enabledEntries(DictionaryType.TICKET_PRIORITY));
        model.addAttribute("complaintCategories", dictionary.enabledEntries(DictionaryType.COMPLAINT_CATEGORY));
        model.addAttribute("complaintTargets", dictionary.enabledEntries(DictionaryType.COMPLAINT_TARGET));
        model.addAttribute("suggestionCategories", dictionary.enabledEntries(DictionaryType.SUGGESTION_CATEGORY));
        model.addAttribute("channels", TicketChecks.CHANNELS);
        model.addAttribute("products", catalog.search("", 200));
        model.addAttribute("departments", users.departments());
        return "support/ticket-form";
    }
}

package org.kehu.support.ticket.web;

import java.util.List;
import java.util.Set;

import org.kehu.catalog.ProductCatalog;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Messages;
import org.kehu.support.ServiceTickets;
import org.kehu.support.TicketDetails;
import org.kehu.support.TicketAction;
import org.kehu.support.TicketPageSection;
import org.kehu.support.ticket.TicketChecks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One ticket: its fields, type-specific sections, service-level clocks, the steps as a timeline and a button
 * (with its small form) for each step the user may take now. A refused step comes back as a message on the page.
 */
@Controller
@PreAuthorize("hasAuthority('ticket.view')")
class TicketPageController {

    private final ServiceTickets tickets;
    private final ProductCatalog catalog;
    private final Messages messages;
    private final UserDirectory users;
    private final List<TicketPageSection> sections;

    TicketPageController(ServiceTickets tickets, ProductCatalog catalog, Messages messages, UserDirectory users,
            List<TicketPageSection> sections) {
        this.tickets = tickets;
        this.catalog = catalog;
        this.messages = messages;
        this.users = users;
        this.sections = sections;
    }

    @GetMapping("/tickets/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        TicketDetails t = tickets.get(id);
        model.addAttribute("t", t);
        model.addAttribute("sla", tickets.sla(t));
        model.addAttribute("steps", tickets.steps(id));
        model.addAttribute("parts", tickets.parts(id));
        Set<TicketAction> open = tickets.openActions(t);
        for (TicketAction a : TicketAction.values()) {
            model.addAttribute("can" + StringUtils.capitalize(a.key()), open.contains(a));
        }
        model.addAttribute("assignees", tickets.assignees());
        var user = users.requireCurrentUser();
        model.addAttribute("sections", sections.stream()
                .filter(section -> section.visibleTo(user) && section.appliesTo(id)).toList());
        if (t.afterSales() && open.contains(TicketAction.HANDLE)) {
            model.addAttribute("products", catalog.search("", 200));
            model.addAttribute("warehouses", catalog.warehouses());
            model.addAttribute("serviceTypes", TicketChecks.SERVICE_TYPES);
        }
        return "support/ticket-show";
    }

    @PostMapping("/tickets/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) Long assigneeId,
            @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> tickets.assign(id, assigneeId, note, version));
    }

    @PostMapping("/tickets/{id}/handle")
    String handle(@PathVariable long id, @ModelAttribute HandlingForm form, RedirectAttributes redirect) {
        return step(id, redirect, () -> tickets.handle(id, form.toInput()));
    }

    @PostMapping("/tickets/{id}/feedback")
    String feedback(@PathVariable long id, @RequestParam(required = false) Integer satisfaction,
            @RequestParam(required = false) String comment, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> tickets.feedback(id, satisfaction, comment, version));
    }

    @PostMapping("/tickets/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> tickets.review(id, text, version));
    }

    @PostMapping("/tickets/{id}/archive")
    String archive(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> tickets.archive(id, text, version));
    }

    @PostMapping("/tickets/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> tickets.reopen(id, text, version));
    }

    @PostMapping("/tickets/{id}/instruction")
    String instruct(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> tickets.instruct(id, text, version));
    }

    private String step(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("stepErrors", messages.texts(e.fieldErrors()));
            redirect.addFlashAttribute("ticketError", String.join(" ", messages.texts(e.fieldErrors()).values()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("ticketError", messages.text(e.messageKey(), e.args()));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("ticketError", messages.text("error.concurrent-edit"));
        }
        return "redirect:/tickets/" + id;
    }
}

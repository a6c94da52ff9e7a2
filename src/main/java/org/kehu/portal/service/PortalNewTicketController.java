package org.kehu.portal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpSession;

import org.kehu.knowledge.Audience;
import org.kehu.knowledge.KnowledgeBase;
import org.kehu.order.CustomerOrders;
import org.kehu.order.OrderedProducts;
import org.kehu.portal.PortalUser;
import org.kehu.portal.PortalUsers;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.FormErrors;
import org.kehu.shared.web.Messages;
import org.kehu.support.CustomerTicketRequests;
import org.kehu.support.CustomerTickets;
import org.kehu.support.TicketDetails;
import org.kehu.support.TicketUpload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening a ticket on the portal: kind, subject, description, optionally one of the company's ordered products and
 * one of its orders, up to five files. While the subject is typed the knowledge articles shared with customers that
 * match it are suggested, and the customer may say one helped. Nothing is saved while any field or file is refused.
 */
@Controller
class PortalNewTicketController {

    private final CustomerTicketRequests requests;
    private final OrderedProducts products;
    private final CustomerOrders orders;
    private final KnowledgeBase knowledge;
    private final Messages messages;

    PortalNewTicketController(CustomerTicketRequests requests, OrderedProducts products, CustomerOrders orders,
            KnowledgeBase knowledge, Messages messages) {
        this.requests = requests;
        this.products = products;
        this.orders = orders;
        this.knowledge = knowledge;
        this.messages = messages;
    }

    @GetMapping("/portal/tickets/new")
    String form(@RequestParam(required = false) String order, Model model) {
        NewTicketForm form = new NewTicketForm();
        form.setOrderNumber(order);
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping("/portal/tickets/new")
    String open(@ModelAttribute("form") NewTicketForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        PortalUser user = PortalUsers.require();
        List<TicketUpload> files = Uploads.of(form.getFiles());
        Map<String, String> problems = new LinkedHashMap<>();
        if (binding.hasFieldErrors("productId")) {
            form.setProductId(null); // not a number: reported by the binding, the rest is still checked
        }
        // a product or order the ticket names must be the company's own
        if (form.getProductId() != null && products.of(user.customerId()).stream()
                .noneMatch(p -> Objects.equals(p.id(), form.getProductId()))) {
            problems.put("productId", "portal.tickets.error.product");
        }
        String order = form.toTicket().orderNumber();
        if (order != null && orders.find(user.customerId(), order).isEmpty()) {
            problems.put("orderNumber", "portal.tickets.error.order");
        }
        requests.problems(user.customerId(), user.contactId(), form.toTicket(), files).forEach(problems::putIfAbsent);
        if (!problems.isEmpty() || binding.hasErrors()) {
            problems.keySet().removeIf(binding::hasFieldErrors);
            FormErrors.addTo(binding, problems);
            return page(model);
        }
        try {
            TicketDetails t = requests.open(user.customerId(), user.contactId(), form.toTicket(), files);
            redirect.addFlashAttribute("flash", messages.text("portal.tickets.opened", t.number()));
            return "redirect:/portal/tickets/" + t.number();
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return page(model);
        }
    }

    /** The articles shared with customers that match the subject typed so far (an htmx fragment). */
    @GetMapping("/portal/tickets/suggestions")
    String suggestions(@RequestParam(required = false) String subject, Model model) {
        PortalUsers.require();
        model.addAttribute("suggestions", knowledge.suggestFor(subject, Audience.CUSTOMERS));
        return "portal/ticket-fragments :: suggestions";
    }

    /** The customer found a suggested article helpful: a "helpful" vote of the session, as on the help pages. */
    @PostMapping("/portal/tickets/suggestions/{articleId:\\d+}/helpful")
    String helpful(@PathVariable long articleId, HttpSession session, Model model) {
        PortalUsers.require();
        knowledge.vote(articleId, KnowledgeBase.sessionVoter(session.getId()), true, true);
        model.addAttribute("articleId", articleId);
        return "portal/ticket-fragments :: helpful";
    }

    private String page(Model model) {
        PortalUser user = PortalUsers.require();
        model.addAttribute("types", CustomerTickets.PORTAL_TYPES);
        model.addAttribute("products", products.of(user.customerId()));
        return "portal/ticket-new";
    }
}

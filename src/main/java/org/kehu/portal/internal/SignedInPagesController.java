package org.kehu.portal.internal;

import org.kehu.customer.ContactSelfService;
import org.kehu.order.CustomerOrders;
import org.kehu.order.PortalOrders;
import org.kehu.order.QualityEvaluations;
import org.kehu.order.SharedContracts;
import org.kehu.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.kehu.portal.PortalUser;
import org.kehu.portal.PortalUsers;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Messages;
import org.kehu.support.CustomerTickets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in customer's own pages: their summary, their company's orders and one order with its tracking. */
@Controller
class SignedInPagesController {

    static final int PAGE_SIZE = 20;

    private final ContactSelfService contacts;
    private final CustomerOrders orders;
    private final CustomerTickets tickets;
    private final PortalOrders portalOrders;
    private final QualityEvaluations evaluations;
    private final Messages messages;
    private final SharedContracts contracts;

    SignedInPagesController(ContactSelfService contacts, CustomerOrders orders, CustomerTickets tickets,
            PortalOrders portalOrders, QualityEvaluations evaluations, Messages messages, SharedContracts contracts) {
        this.contracts = contracts;
        this.contacts = contacts;
        this.portalOrders = portalOrders;
        this.orders = orders;
        this.tickets = tickets;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @GetMapping("/portal/me")
    String me(Model model) {
        PortalUser user = PortalUsers.require();
        model.addAttribute("user", user);
        model.addAttribute("company", contacts.customer(user.customerId())
                .orElseThrow(() -> new RecordNotFoundException("Customer", user.customerId())));
        model.addAttribute("openOrders", orders.countOpen(user.customerId()));
        model.addAttribute("openTickets", tickets.countOpen(user.customerId()));
        return "portal/me";
    }

    @GetMapping("/portal/orders")
    String orders(@RequestParam(defaultValue = "ALL") CustomerOrders.Which show,
            @RequestParam(required = false) String after, Model model) {
        PortalUser user = PortalUsers.require();
        model.addAttribute("show", show);
        model.addAttribute("tabs", CustomerOrders.Which.values());
        model.addAttribute("page", orders.page(user.customerId(), show, after, PAGE_SIZE));
        return "portal/orders";
    }

    @GetMapping("/portal/orders/{number}")
    String order(@PathVariable String number, Model model) {
        PortalUser user = PortalUsers.require();
        var order = orders.find(user.customerId(), number).orElseThrow(() -> new RecordNotFoundException("Order", number));
        model.addAttribute("order", order);
        model.addAttribute("tracking", orders.tracking(user.customerId(), order.id()));
        model.addAttribute("configurations", portalOrders.configurations(order.id()));
        model.addAttribute("evaluable", QualityEvaluations.isOpenTo(order.status()));
        model.addAttribute("evaluations", evaluations.ofOrder(user.customerId(), order.id()));
        model.addAttribute("contracts", contracts.ofCustomerOrder(user.customerId(), order.id()));
        return "portal/order";
    }

    /** A contract file staff shared with the customer; one not shared, or of another company's order, is 404. */
    @GetMapping("/portal/orders/{number}/contracts/{contractId:\\d+}")
    ResponseEntity<byte[]> contract(@PathVariable String number, @PathVariable long contractId) {
        PortalUser user = PortalUsers.require();
        var order = orders.find(user.customerId(), number).orElseThrow(() -> new RecordNotFoundException("Order", number));
        var file = contracts.download(user.customerId(), order.id(), contractId)
                .orElseThrow(() -> new RecordNotFoundException("Contract", contractId));
        return Downloads.attachment(file.filename(), file.contentType(), file.content());
    }

    /** 质量评价 of one line of a delivered order; refusals come back on the order page beside the line. */
    @PostMapping("/portal/orders/{number}/lines/{lineId:\\d+}/evaluation")
    String evaluate(@PathVariable String number, @PathVariable long lineId, @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        PortalUser user = PortalUsers.require();
        var order = orders.find(user.customerId(), number).orElseThrow(() -> new RecordNotFoundException("Order", number));
        Integer value = score != null && score.matches("[1-5]") ? Integer.valueOf(score) : null;
        try {
            evaluations.evaluate(user.customerId(), user.contactId(), order.id(), lineId, value, comment);
            redirect.addFlashAttribute("flash", messages.text("order.quality.saved"));
            return "redirect:/portal/orders/" + order.number() + "#line-" + lineId;
        } catch (InvalidInputException e) {
            model.addAttribute("evaluationError", messages.text(e.fieldErrors().values().iterator().next()));
        } catch (RuleViolationException e) {
            model.addAttribute("evaluationError", messages.text(e.messageKey()));
        }
        model.addAttribute("evaluationLine", lineId);
        return order(number, model);
    }
}

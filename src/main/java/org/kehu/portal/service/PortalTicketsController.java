package org.kehu.portal.service;

import java.util.List;
import java.util.Map;

import org.kehu.portal.PortalUser;
import org.kehu.portal.PortalUsers;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Downloads;
import org.kehu.shared.web.Messages;
import org.kehu.support.CustomerTicketRequests;
import org.kehu.support.CustomerTickets;
import org.kehu.support.TicketDetails;
import org.kehu.support.TicketFile;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 服务: the company's tickets on the portal (the contact's own or the whole company's, open or closed), one ticket
 * with the steps and messages the customer sees and its files, the contact's answer to staff, and the satisfaction
 * feedback once the ticket is handled. Another company's ticket is 404 on every URL.
 */
@Controller
class PortalTicketsController {

    static final int PAGE_SIZE = 20;

    /** Whose tickets the list shows. */
    enum Whose {
        MINE, COMPANY
    }

    private final CustomerTickets tickets;
    private final CustomerTicketRequests requests;
    private final Messages messages;

    PortalTicketsController(CustomerTickets tickets, CustomerTicketRequests requests, Messages messages) {
        this.tickets = tickets;
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping("/portal/tickets")
    String list(@RequestParam(defaultValue = "ALL") CustomerTickets.Which show,
            @RequestParam(defaultValue = "MINE") Whose whose, @RequestParam(required = false) String after, Model model) {
        PortalUser user = PortalUsers.require();
        model.addAttribute("show", show);
        model.addAttribute("whose", whose);
        model.addAttribute("tabs", CustomerTickets.Which.values());
        model.addAttribute("whoses", Whose.values());
        model.addAttribute("page", tickets.page(user.customerId(), whose == Whose.MINE ? user.contactId() : null, show,
                after, PAGE_SIZE));
        return "portal/tickets";
    }

    @GetMapping("/portal/tickets/{number:FW\\d+}")
    String show(@PathVariable String number, Model model) {
        return page(ticket(number), model);
    }

    @PostMapping("/portal/tickets/{number:FW\\d+}/reply")
    String reply(@PathVariable String number, @RequestParam(required = false) String body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        PortalUser user = PortalUsers.require();
        TicketDetails t = ticket(number);
        try {
            requests.reply(user.customerId(), user.contactId(), t.number(), body, Uploads.of(files));
        } catch (InvalidInputException e) {
            model.addAttribute("replyErrors", messages.texts(e.fieldErrors()));
            model.addAttribute("replyBody", body);
            return page(t, model);
        } catch (RuleViolationException e) {
            model.addAttribute("replyErrors", Map.of("body", messages.text(e.messageKey(), e.args())));
            model.addAttribute("replyBody", body);
            return page(t, model);
        }
        redirect.addFlashAttribute("flash", messages.text("portal.tickets.reply.sent"));
        return "redirect:/portal/tickets/" + t.number();
    }

    @PostMapping("/portal/tickets/{number:FW\\d+}/feedback")
    String feedback(@PathVariable String number, @RequestParam(required = false) Integer satisfaction,
            @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        PortalUser user = PortalUsers.require();
        TicketDetails t = ticket(number);
        try {
            requests.feedback(user.customerId(), t.number(), satisfaction, comment);
        } catch (InvalidInputException e) {
            model.addAttribute("feedbackErrors", messages.texts(e.fieldErrors()));
            model.addAttribute("feedbackComment", comment);
            return page(t, model);
        } catch (RuleViolationException e) {
            // given already (or not handled yet): the page says so and shows the ticket as it stands
            model.addAttribute("feedbackRefused", messages.text("portal.tickets.feedback.refused"));
            return page(t, model);
        }
        redirect.addFlashAttribute("flash", messages.text("portal.tickets.feedback.thanks"));
        return "redirect:/portal/tickets/" + t.number();
    }

    @GetMapping("/portal/tickets/{number:FW\\d+}/attachments/{id:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long id) {
        PortalUser user = PortalUsers.require();
        TicketDetails t = ticket(number);
        TicketFile f = tickets.file(user.customerId(), id).filter(file -> file.ticketId() == t.id())
                .orElseThrow(() -> new RecordNotFoundException("Attachment", id));
        return Downloads.attachment(f.filename(), f.contentType(), f.content());
    }

    private TicketDetails ticket(String number) {
        PortalUser user = PortalUsers.require();
        return tickets.find(user.customerId(), number).orElseThrow(() -> new RecordNotFoundException("Ticket", number));
    }

    private String page(TicketDetails t, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("steps", tickets.steps(t));
        model.addAttribute("messages", tickets.messages(t));
        model.addAttribute("openingFiles", tickets.openingFiles(t));
        model.addAttribute("awaitsFeedback", CustomerTicketRequests.awaitsFeedback(t));
        return "portal/ticket";
    }
}

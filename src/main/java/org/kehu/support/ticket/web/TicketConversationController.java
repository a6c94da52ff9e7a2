package org.kehu.support.ticket.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Downloads;
import org.kehu.shared.web.Messages;
import org.kehu.support.ServiceTickets;
import org.kehu.support.TicketConversation;
import org.kehu.support.TicketFile;
import org.kehu.support.TicketPageSection;
import org.kehu.support.TicketUpload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The conversation card of the staff ticket page: what the customer wrote on the portal with its files, staff's
 * replies to the customer, and the form to reply (shown on the portal, mailed to the contact).
 */
@Controller
@PreAuthorize("hasAuthority('ticket.view')")
class TicketConversationController {

    private final TicketConversation conversation;
    private final ServiceTickets tickets;
    private final Messages messages;

    TicketConversationController(TicketConversation conversation, ServiceTickets tickets, Messages messages) {
        this.conversation = conversation;
        this.tickets = tickets;
        this.messages = messages;
    }

    /** The card on the ticket page. */
    @Component
    static class ConversationSection implements TicketPageSection {

        @Override
        public String titleKey() {
            return "support.conversation.title";
        }

        @Override
        public String url(long ticketId) {
            return "/tickets/" + ticketId + "/conversation";
        }

        @Override
        public boolean visibleTo(CurrentUser user) {
            return user.can(Permission.TICKET_VIEW);
        }
    }

    @GetMapping("/tickets/{id:\\d+}/conversation")
    String card(@PathVariable long id, Model model) {
        var t = tickets.get(id);
        model.addAttribute("t", t);
        model.addAttribute("messages", conversation.messages(id));
        model.addAttribute("openingFiles", conversation.openingFiles(id));
        return "support/ticket-conversation :: card";
    }

    @PostMapping("/tickets/{id:\\d+}/conversation")
    @PreAuthorize("hasAuthority('ticket.handle')")
    String reply(@PathVariable long id, @RequestParam(required = false) String body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        try {
            conversation.reply(id, body, uploads(files));
            model.addAttribute("replied", true);
        } catch (InvalidInputException e) {
            model.addAttribute("replyErrors", messages.texts(e.fieldErrors()));
            model.addAttribute("body", body);
        } catch (RuleViolationException e) {
            model.addAttribute("replyErrors", java.util.Map.of("body", messages.text(e.messageKey(), e.args())));
        }
        return card(id, model);
    }

    @GetMapping("/tickets/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        TicketFile f = conversation.file(id, attachmentId);
        return Downloads.attachment(f.filename(), f.contentType(), f.content());
    }

    /** Form files as uploads; a file input left empty sends an empty part, which is left out. */
    static List<TicketUpload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                return new TicketUpload(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

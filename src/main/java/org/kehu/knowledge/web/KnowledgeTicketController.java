package org.kehu.knowledge.web;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.knowledge.Audience;
import org.kehu.knowledge.KnowledgeBase;
import org.kehu.support.TicketPageSection;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The knowledge card of the ticket page (the articles that solved the ticket, and a search to link one) and the
 * suggestions the ticket form shows as the subject is typed.
 */
@Controller
@PreAuthorize("hasAuthority('knowledge.view')")
class KnowledgeTicketController {

    private final KnowledgeBase knowledge;

    KnowledgeTicketController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The card on the ticket page. */
    @Component
    static class KnowledgeTicketSection implements TicketPageSection {

        @Override
        public String titleKey() {
            return "knowledge.ticket.title";
        }

        @Override
        public String url(long ticketId) {
            return "/knowledge/tickets/" + ticketId + "/card";
        }

        @Override
        public boolean visibleTo(CurrentUser user) {
            return user.can(Permission.KNOWLEDGE_VIEW);
        }
    }

    @GetMapping("/knowledge/tickets/{ticketId:\\d+}/card")
    String card(@PathVariable long ticketId, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("ticketId", ticketId);
        model.addAttribute("linked", knowledge.articlesOf(ticketId));
        model.addAttribute("q", q);
        model.addAttribute("found", q == null || q.isBlank() ? java.util.List.of() : knowledge.search(q, Audience.STAFF, 10));
        return "knowledge/fragments :: ticket-card";
    }

    @PostMapping("/knowledge/tickets/{ticketId:\\d+}/link")
    String link(@PathVariable long ticketId, @RequestParam long articleId, Model model) {
        knowledge.linkTicket(articleId, ticketId);
        return card(ticketId, null, model);
    }

    @PostMapping("/knowledge/tickets/{ticketId:\\d+}/unlink")
    String unlink(@PathVariable long ticketId, @RequestParam long articleId, Model model) {
        knowledge.unlinkTicket(articleId, ticketId);
        return card(ticketId, null, model);
    }

    @GetMapping("/knowledge/suggestions")
    String suggestions(@RequestParam(required = false) String subject, Model model) {
        model.addAttribute("suggestions", knowledge.suggestFor(subject, Audience.STAFF));
        return "knowledge/fragments :: suggestions";
    }
}

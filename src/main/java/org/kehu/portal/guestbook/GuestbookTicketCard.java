package org.kehu.portal.guestbook;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.support.TicketPageSection;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The guestbook card of the ticket page: the post a suggestion ticket was made of, linked to its thread. */
@Controller
@PreAuthorize("hasAuthority('guestbook.moderate')")
class GuestbookTicketCard {

    private final GuestbookModeration moderation;

    GuestbookTicketCard(GuestbookModeration moderation) {
        this.moderation = moderation;
    }

    /** The card on the ticket page, for moderators. */
    @Component
    static class Section implements TicketPageSection {

        private final GuestbookModeration moderation;

        Section(GuestbookModeration moderation) {
            this.moderation = moderation;
        }

        @Override
        public String titleKey() {
            return "guestbook.ticket-card";
        }

        @Override
        public String url(long ticketId) {
            return "/guestbook/tickets/" + ticketId + "/card";
        }

        @Override
        public boolean visibleTo(CurrentUser user) {
            return user.can(Permission.GUESTBOOK_MODERATE);
        }

        /** Only tickets made from a post carry the card. */
        @Override
        public boolean appliesTo(long ticketId) {
            return moderation.hasPostsOfTicket(ticketId);
        }
    }

    @GetMapping("/guestbook/tickets/{ticketId:\\d+}/card")
    String card(@PathVariable long ticketId, Model model) {
        model.addAttribute("posts", moderation.postsOfTicket(ticketId));
        return "guestbook/ticket-card :: card";
    }
}

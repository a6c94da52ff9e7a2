package org.kehu.portal.service;

import java.util.Locale;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactSelfService;
import org.kehu.mail.Mailer;
import org.kehu.support.TicketAnsweredForCustomer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tells the ticket's contact by e-mail that staff answered, with a link to the ticket on the portal; the answer
 * itself stays on the portal, behind the sign-in. A contact without an e-mail address is not told.
 */
@Component
class TicketAnswerMail {

    private final ContactSelfService contacts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String publicUrl;

    TicketAnswerMail(ContactSelfService contacts, Mailer mailer, MessageSource messages,
            @Value("${kehu.public-url:}") String publicUrl) {
        this.contacts = contacts;
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(TicketAnsweredForCustomer answered) {
        if (answered.contactId() == null) {
            return;
        }
        ContactDetails contact = contacts.contact(answered.contactId()).orElse(null);
        if (contact == null || contact.email() == null || contact.email().isBlank()
                || contact.customerId() != answered.customerId()) {
            return;
        }
        String link = baseUrl() + "/portal/tickets/" + answered.ticketNumber();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        String subject = null;
        Object[] args = {answered.ticketNumber(), answered.subject()};
        // Both languages, as the portal's other mails: the listener does not know which one the contact reads.
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String s = messages.getMessage("portal.tickets.mail.subject", args, locale);
            subject = subject == null ? s : subject + " / " + s;
            String greeting = messages.getMessage("portal.mail.greeting", new Object[] {contact.name()}, locale);
            String body = messages.getMessage("portal.tickets.mail.body", args, locale);
            String action = messages.getMessage("portal.tickets.mail.action", null, locale);
            text.append(greeting).append("\n\n").append(body).append("\n\n").append(link).append("\n\n");
            html.append("<p>").append(HtmlUtils.htmlEscape(greeting)).append("</p><p>").append(HtmlUtils.htmlEscape(body))
                    .append("</p><p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">")
                    .append(HtmlUtils.htmlEscape(action)).append("</a></p><hr>");
        }
        mailer.send(contact.email(), subject, html.toString(), text.toString());
    }

    /** {@code kehu.public-url} when set (behind a proxy); the listener runs outside any request. */
    private String baseUrl() {
        if (!publicUrl.isBlank()) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        return "http://localhost:8080";
    }
}

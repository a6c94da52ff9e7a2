package org.kehu.portal.account;

import java.util.Locale;

import org.kehu.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** The portal's mails with a one-time link: invitation and password reset, in Chinese then English. */
@Component
class PortalMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String publicUrl;

    PortalMail(Mailer mailer, MessageSource messages, @Value("${kehu.public-url:}") String publicUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /** {@code kind} is {@code invitation} or {@code reset}; {@code path} the link's path under the site. */
    void send(String to, String kind, String name, String path) {
        String link = baseUrl() + path;
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        String subject = null;
        // Both languages: the portal does not know yet which one the contact reads.
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String s = messages.getMessage("portal.mail." + kind + ".subject", null, locale);
            subject = subject == null ? s : subject + " / " + s;
            String greeting = messages.getMessage("portal.mail.greeting", new Object[] {name}, locale);
            String body = messages.getMessage("portal.mail." + kind + ".body", null, locale);
            String action = messages.getMessage("portal.mail." + kind + ".action", null, locale);
            String note = messages.getMessage("portal.mail.note", null, locale);
            text.append(greeting).append("\n\n").append(body).append("\n\n").append(link).append("\n\n").append(note)
                    .append("\n\n");
            html.append("<p>").append(HtmlUtils.htmlEscape(greeting)).append("</p><p>").append(HtmlUtils.htmlEscape(body))
                    .append("</p><p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">")
                    .append(HtmlUtils.htmlEscape(action)).append("</a></p><p style=\"color:#666\">")
                    .append(HtmlUtils.htmlEscape(note)).append("</p><hr>");
        }
        mailer.send(to, subject, html.toString(), text.toString());
    }

    /** {@code kehu.public-url} when set (behind a proxy), else the address the request came to. */
    private String baseUrl() {
        if (!publicUrl.isBlank()) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException noRequest) {
            return "http://localhost:8080";
        }
    }
}

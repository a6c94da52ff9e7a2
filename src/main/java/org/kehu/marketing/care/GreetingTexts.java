package org.kehu.marketing.care;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The default words of a greeting, which the owner may edit before sending: in Chinese (the customers' language,
 * whatever the language of the page that prepares them), with the merge fields filled in: the contact's name, the
 * company, the owner who signs, and for an anniversary the years.
 */
@Component
class GreetingTexts {

    private static final Locale CUSTOMERS = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    GreetingTexts(MessageSource messages) {
        this.messages = messages;
    }

    String subject(DueGreeting g, String ownerName) {
        return text("care.text.subject." + g.occasion(), g, ownerName);
    }

    String body(DueGreeting g, String ownerName) {
        return text("care.text.body." + g.occasion(), g, ownerName);
    }

    private String text(String key, DueGreeting g, String ownerName) {
        return messages.getMessage(key, new Object[] {g.contactName(), g.customerName(),
                ownerName == null ? "" : ownerName, g.years() == null ? 0 : g.years()}, CUSTOMERS);
    }

    /** The body as HTML: the words escaped, each line a line. */
    static String html(String body) {
        return "<p>" + HtmlUtils.htmlEscape(body).replace("\r\n", "\n").replace("\n\n", "</p><p>").replace("\n", "<br>")
                + "</p>";
    }
}

package org.kehu.marketing.mailing;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/** The unsubscribe line every marketing mail ends with, in Chinese (the contacts' language) and English. */
record Footer(String zh, String en, String action) {

    static Footer of(MessageSource messages) {
        return new Footer(messages.getMessage("mailing.footer", null, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage("mailing.footer", null, Locale.ENGLISH),
                messages.getMessage("mailing.footer.action", null, Locale.SIMPLIFIED_CHINESE));
    }

    String text(String unsubscribeUrl) {
        return "\n\n--\n" + zh + " " + unsubscribeUrl + "\n" + en + " " + unsubscribeUrl + "\n";
    }

    String html(String unsubscribeUrl) {
        String href = HtmlUtils.htmlEscape(unsubscribeUrl);
        return "<p style=\"color:#666;font-size:12px;margin-top:24px\">" + HtmlUtils.htmlEscape(zh) + " <a href=\"" + href
                + "\">" + HtmlUtils.htmlEscape(action) + "</a><br>" + HtmlUtils.htmlEscape(en) + " <a href=\"" + href
                + "\">Unsubscribe</a></p>";
    }
}

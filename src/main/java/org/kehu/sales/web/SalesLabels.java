package org.kehu.sales.web;

import java.util.Locale;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.web.Messages;

/** Labels of opportunities in the reader's language: the model attribute {@code labels}. */
public final class SalesLabels {

    private final Dictionary dictionary;
    private final Messages messages;
    private final Locale locale;

    SalesLabels(Dictionary dictionary, Messages messages, Locale locale) {
        this.dictionary = dictionary;
        this.messages = messages;
        this.locale = locale;
    }

    /** Labels in the current request's language. */
    public static SalesLabels of(Dictionary dictionary, Messages messages) {
        return new SalesLabels(dictionary, messages, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    public String stage(String code) {
        return dictionary.label(DictionaryType.OPPORTUNITY_STAGE, code);
    }

    public String source(String code) {
        return dictionary.label(DictionaryType.OPPORTUNITY_SOURCE, code);
    }

    public String lostReason(String code) {
        return dictionary.label(DictionaryType.LOST_REASON, code);
    }

    public String status(Object status) {
        return status == null ? "" : messages.text("sales.status." + status);
    }

}

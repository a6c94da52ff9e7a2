package org.kehu.sales.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.web.Messages;

/** Labels, money and dates of opportunities in the reader's language: the model attribute {@code labels}. */
public final class SalesLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

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

    /** ¥1,234,567.00, or an empty text for no amount. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return "¥" + f.format(amount);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}

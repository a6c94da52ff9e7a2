package org.kehu.support.ticket.web;


import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Component;

/** Labels of codes, times and working-time spans as ticket pages show them, in the reader's language. */
@Component("ticketLabels")
public class TicketLabels {

    private final Dictionary dictionary;
    private final Messages messages;

    TicketLabels(Dictionary dictionary, Messages messages) {
        this.dictionary = dictionary;
        this.messages = messages;
    }

    public String type(String code) {
        return dictionary.label(DictionaryType.TICKET_TYPE, code);
    }

    public String priority(String code) {
        return dictionary.label(DictionaryType.TICKET_PRIORITY, code);
    }

    public String complaintCategory(String code) {
        return dictionary.label(DictionaryType.COMPLAINT_CATEGORY, code);
    }

    public String suggestionCategory(String code) {
        return dictionary.label(DictionaryType.SUGGESTION_CATEGORY, code);
    }

    public String target(String code) {
        return dictionary.label(DictionaryType.COMPLAINT_TARGET, code);
    }

    public String status(Object status) {
        return status == null ? "" : messages.text("support.status." + status);
    }

    /** A span of working minutes: {@code 2 h 05 min}, or {@code 45 min}. */
    public String span(long minutes) {
        long m = Math.abs(minutes);
        return m >= 60 ? messages.text("support.sla.hours-minutes", m / 60, String.format("%02d", m % 60))
                : messages.text("support.sla.minutes", m);
    }
}

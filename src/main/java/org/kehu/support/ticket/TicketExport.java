package org.kehu.support.ticket;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.Formats;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Streams the filtered ticket list as CSV (UTF-8 with BOM) or Excel, for the page and the API alike. */
@Component
public class TicketExport {

    private static final List<String> COLUMNS = List.of("number", "customer", "type", "priority", "status", "subject",
            "assignee", "createdAt", "responseDue", "resolutionDue", "resolvedAt", "sla", "satisfaction");

    private final TicketListing listing;
    private final Dictionary dictionary;
    private final MessageSource messages;

    TicketExport(TicketListing listing, Dictionary dictionary, MessageSource messages) {
        this.listing = listing;
        this.dictionary = dictionary;
        this.messages = messages;
    }

    public void write(TicketFilter filter, String format, HttpServletResponse response) throws IOException {
        TableExport.Format f = ExportDownload.format(format, "support.error.export-format");
        Locale locale = LocaleContextHolder.getLocale();
        OutputStream out = ExportDownload.start(response, f, "tickets-" + LocalDate.now(BusinessTime.ZONE));
        List<String> header = COLUMNS.stream().map(c -> text("support.field." + c, locale)).toList();
        TableExport.write(f, out, text("support.list.title", locale), header,
                sink -> listing.each(filter, row -> sink.row(values(row, locale))));
        response.flushBuffer();
    }

    private List<String> values(TicketRow r, Locale locale) {
        String sla = r.breached() ? text("support.sla.breached", locale) : r.atRisk() ? text("support.sla.at-risk", locale) : "";
        return Arrays.asList(r.number(), r.customerName(), dictionary.label(DictionaryType.TICKET_TYPE, r.typeCode()),
                dictionary.label(DictionaryType.TICKET_PRIORITY, r.priorityCode()),
                text("support.status." + r.status(), locale), r.subject(), r.assigneeName() == null ? "" : r.assigneeName(),
                Formats.dateTime(r.createdAt()), Formats.dateTime(r.responseDue()),
                Formats.dateTime(r.resolutionDue()), Formats.dateTime(r.resolvedAt()), sla,
                r.satisfaction() == null ? "" : String.valueOf(r.satisfaction()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

package org.kehu.support.ticket;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
        boolean excel;
        if ("csv".equalsIgnoreCase(format)) {
            excel = false;
        } else if ("xlsx".equalsIgnoreCase(format)) {
            excel = true;
        } else {
            throw InvalidInputException.of("format", "support.error.export-format");
        }
        Locale locale = LocaleContextHolder.getLocale();
        String filename = "tickets-" + LocalDate.now(BusinessTime.ZONE) + (excel ? ".xlsx" : ".csv");
        response.setContentType(excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        OutputStream out = response.getOutputStream();
        List<String> header = COLUMNS.stream().map(c -> text("support.field." + c, locale)).toList();
        if (excel) {
            Workbook wb = new Workbook(out, "Kehu", "1.0");
            Worksheet ws = wb.newWorksheet(text("support.list.title", locale));
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            int[] r = {1};
            listing.each(filter, row -> {
                List<String> values = values(row, locale);
                for (int c = 0; c < values.size(); c++) {
                    ws.value(r[0], c, values.get(c));
                }
                if (++r[0] % 1000 == 0) {
                    try {
                        ws.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            ws.finish();
            wb.finish();
        } else {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8);
            csv.writeRecord(header);
            listing.each(filter, row -> csv.writeRecord(values(row, locale)));
            csv.flush();
        }
        response.flushBuffer();
    }

    private List<String> values(TicketRow r, Locale locale) {
        String sla = r.breached() ? text("support.sla.breached", locale) : r.atRisk() ? text("support.sla.at-risk", locale) : "";
        return Arrays.asList(r.number(), r.customerName(), dictionary.label(DictionaryType.TICKET_TYPE, r.typeCode()),
                dictionary.label(DictionaryType.TICKET_PRIORITY, r.priorityCode()),
                text("support.status." + r.status(), locale), r.subject(), r.assigneeName() == null ? "" : r.assigneeName(),
                BusinessTime.minutes(r.createdAt()), BusinessTime.minutes(r.responseDue()),
                BusinessTime.minutes(r.resolutionDue()), BusinessTime.minutes(r.resolvedAt()), sla,
                r.satisfaction() == null ? "" : String.valueOf(r.satisfaction()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

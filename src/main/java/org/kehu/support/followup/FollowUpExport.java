package org.kehu.support.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kehu.shared.BusinessTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Writes follow-up visits to CSV (UTF-8 with BOM, for Excel) or an Excel sheet, row by row. */
@Component
class FollowUpExport {

    private final MessageSource messages;

    FollowUpExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(boolean excel, OutputStream out, Consumer<Consumer<FollowUpView>> source) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = FollowUpQueries.columns().stream()
                .map(c -> messages.getMessage("followup.field." + c, null, c, locale)).toList();
        if (excel) {
            Workbook wb = new Workbook(out, "Kehu", "1.0");
            Worksheet ws = wb.newWorksheet(messages.getMessage("followup.list.title", null, "Follow-ups", locale));
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            int[] r = {1};
            source.accept(v -> {
                List<String> values = values(v, locale);
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
            source.accept(v -> csv.writeRecord(values(v, locale)));
            csv.flush();
        }
    }

    private List<String> values(FollowUpView v, Locale locale) {
        return List.of(v.customerName(), nz(v.contactName()), nz(v.ticketNumber()), v.plannedOn().toString(),
                nz(v.assigneeName()), messages.getMessage("followup.method." + v.method(), null, v.method().name(), locale),
                messages.getMessage(v.done() ? "followup.status.done" : "followup.status.open", null, locale),
                nz(v.result()), v.satisfaction() == null ? "" : v.satisfaction().toString(), BusinessTime.minutes(v.doneAt()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

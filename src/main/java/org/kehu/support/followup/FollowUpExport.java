package org.kehu.support.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.kehu.shared.Formats;
import org.kehu.shared.export.TableExport;
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

    void write(TableExport.Format format, OutputStream out, Consumer<Consumer<FollowUpView>> source) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = FollowUpQueries.columns().stream()
                .map(c -> messages.getMessage("followup.field." + c, null, c, locale)).toList();
        TableExport.write(format, out,
                messages.getMessage("followup.list.title", null, "Follow-ups", locale), header,
                sink -> source.accept(v -> sink.row(values(v, locale))));
    }

    private List<String> values(FollowUpView v, Locale locale) {
        return List.of(v.customerName(), nz(v.contactName()), nz(v.ticketNumber()), v.plannedOn().toString(),
                nz(v.assigneeName()), messages.getMessage("followup.method." + v.method(), null, v.method().name(), locale),
                messages.getMessage(v.done() ? "followup.status.done" : "followup.status.open", null, locale),
                nz(v.result()), v.satisfaction() == null ? "" : v.satisfaction().toString(), Formats.dateTime(v.doneAt()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

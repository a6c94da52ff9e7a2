package org.kehu.order.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.kehu.order.OrderRow;
import org.kehu.shared.export.TableExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes order rows to CSV (UTF-8 with a byte-order mark, for Excel) or an Excel sheet, flushing as it goes;
 * statuses in the reader's language.
 */
@Component
public class OrderExportWriter {

    private static final List<String> COLUMNS = List.of("number", "customer", "orderDate", "status", "total",
            "promisedDate", "owner");

    private final MessageSource messages;

    OrderExportWriter(MessageSource messages) {
        this.messages = messages;
    }

    public void write(TableExport.Format format, OutputStream out, Consumer<Consumer<OrderRow>> source) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = COLUMNS.stream().map(c -> messages.getMessage("order.field." + c, null, c, locale)).toList();
        TableExport.write(format, out,
                messages.getMessage("order.list.title", null, "Orders", locale), header,
                sink -> source.accept(row -> sink.row(values(row, locale))));
    }

    /** The total stays a number, so that Excel can sum it. */
    private List<Object> values(OrderRow row, Locale locale) {
        return Arrays.asList(row.number(), row.customerName(), row.orderDate().toString(), status(row, locale),
                row.total(), row.promisedDate() == null ? "" : row.promisedDate().toString(),
                row.ownerName() == null ? "" : row.ownerName());
    }

    private String status(OrderRow row, Locale locale) {
        return messages.getMessage("order.status." + row.status().name(), null, row.status().name(), locale);
    }
}

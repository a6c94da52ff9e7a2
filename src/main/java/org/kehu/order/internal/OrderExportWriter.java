package org.kehu.order.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kehu.order.OrderRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import de.siegmar.fastcsv.writer.CsvWriter;

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

    public void write(boolean excel, OutputStream out, Consumer<Consumer<OrderRow>> source) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = COLUMNS.stream().map(c -> messages.getMessage("order.field." + c, null, c, locale)).toList();
        if (excel) {
            Workbook wb = new Workbook(out, "Kehu", "1.0");
            Worksheet ws = wb.newWorksheet(messages.getMessage("order.list.title", null, "Orders", locale));
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            int[] r = {1};
            source.accept(row -> {
                ws.value(r[0], 0, row.number());
                ws.value(r[0], 1, row.customerName());
                ws.value(r[0], 2, row.orderDate().toString());
                ws.value(r[0], 3, status(row, locale));
                ws.value(r[0], 4, row.total());
                ws.value(r[0], 5, row.promisedDate() == null ? "" : row.promisedDate().toString());
                ws.value(r[0], 6, row.ownerName() == null ? "" : row.ownerName());
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
            source.accept(row -> csv.writeRecord(Arrays.asList(row.number(), row.customerName(), row.orderDate().toString(),
                    status(row, locale), row.total().toPlainString(),
                    row.promisedDate() == null ? "" : row.promisedDate().toString(),
                    row.ownerName() == null ? "" : row.ownerName())));
            csv.flush();
        }
    }

    private String status(OrderRow row, Locale locale) {
        return messages.getMessage("order.status." + row.status().name(), null, row.status().name(), locale);
    }
}

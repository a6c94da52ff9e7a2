package org.kehu.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kehu.catalog.CategoryInfo;
import org.kehu.catalog.ProductRow;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes product rows to CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese) or to an Excel sheet,
 * flushing as it goes; categories, units and statuses as labels in the user's language.
 */
@Component
public class ProductExportWriter {

    private static final List<String> COLUMNS = List.of("code", "name", "category", "model", "specification", "unit",
            "price", "status", "lowStockThreshold", "available");

    private final Dictionary dictionary;
    private final MessageSource messages;
    private final ProductQueries queries;

    ProductExportWriter(Dictionary dictionary, MessageSource messages, ProductQueries queries) {
        this.dictionary = dictionary;
        this.messages = messages;
        this.queries = queries;
    }

    public void write(boolean excel, OutputStream out, Consumer<Consumer<ProductRow>> source) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> categories = queries.categories().stream()
                .collect(Collectors.toMap(CategoryInfo::id, c -> c.name(locale)));
        Map<String, String> units = dictionary.entries(DictionaryType.PRODUCT_UNIT).stream()
                .collect(Collectors.toMap(e -> e.code(), e -> e.label(locale), (a, b) -> a));
        Map<String, String> statuses = Arrays.stream(org.kehu.catalog.ProductStatus.values()).collect(Collectors.toMap(
                Enum::name, s -> messages.getMessage("catalog.status." + s.name(), null, s.name(), locale)));
        List<String> header = COLUMNS.stream()
                .map(c -> messages.getMessage("catalog.field." + c, null, c, locale)).toList();
        if (excel) {
            Workbook wb = new Workbook(out, "Kehu", "1.0");
            Worksheet ws = wb.newWorksheet(messages.getMessage("catalog.list.title", null, "Products", locale));
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            int[] r = {1};
            source.accept(row -> {
                List<String> values = values(row, categories, units, statuses);
                for (int c = 0; c < values.size(); c++) {
                    if (c == 6 || c >= 8) {
                        ws.value(r[0], c, new java.math.BigDecimal(values.get(c)));
                    } else {
                        ws.value(r[0], c, values.get(c));
                    }
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
            source.accept(row -> csv.writeRecord(values(row, categories, units, statuses)));
            csv.flush();
        }
    }

    private static List<String> values(ProductRow r, Map<Long, String> categories, Map<String, String> units,
            Map<String, String> statuses) {
        return Arrays.asList(r.code(), r.name(), categories.getOrDefault(r.categoryId(), ""), n(r.model()),
                n(r.specification()), units.getOrDefault(r.unitCode(), r.unitCode()), r.price().toPlainString(),
                statuses.get(r.status().name()), r.lowStockThreshold().stripTrailingZeros().toPlainString(),
                r.available().stripTrailingZeros().toPlainString());
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}

package org.kehu.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.kehu.catalog.CategoryInfo;
import org.kehu.catalog.ProductRow;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.export.TableExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

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

    public void write(TableExport.Format format, OutputStream out, Consumer<Consumer<ProductRow>> source) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> categories = queries.categories().stream()
                .collect(Collectors.toMap(CategoryInfo::id, c -> c.name(locale)));
        Map<String, String> units = dictionary.entries(DictionaryType.PRODUCT_UNIT).stream()
                .collect(Collectors.toMap(e -> e.code(), e -> e.label(locale), (a, b) -> a));
        Map<String, String> statuses = Arrays.stream(org.kehu.catalog.ProductStatus.values()).collect(Collectors.toMap(
                Enum::name, s -> messages.getMessage("catalog.status." + s.name(), null, s.name(), locale)));
        List<String> header = COLUMNS.stream()
                .map(c -> messages.getMessage("catalog.field." + c, null, c, locale)).toList();
        TableExport.write(format, out,
                messages.getMessage("catalog.list.title", null, "Products", locale), header,
                sink -> source.accept(row -> sink.row(values(row, categories, units, statuses))));
    }

    /** Price, threshold and available stay numbers, so that Excel can sum them. */
    private static List<Object> values(ProductRow r, Map<Long, String> categories, Map<String, String> units,
            Map<String, String> statuses) {
        return Arrays.asList(r.code(), r.name(), categories.getOrDefault(r.categoryId(), ""), n(r.model()),
                n(r.specification()), units.getOrDefault(r.unitCode(), r.unitCode()), r.price(),
                statuses.get(r.status().name()), r.lowStockThreshold().stripTrailingZeros(),
                r.available().stripTrailingZeros());
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}

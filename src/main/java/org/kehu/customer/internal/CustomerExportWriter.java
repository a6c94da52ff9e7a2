package org.kehu.customer.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.kehu.customer.CustomerRow;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.export.TableExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes customer rows to CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese) or to an
 * Excel sheet, flushing as it goes. Codes are written as labels in the user's language.
 */
@Component
public class CustomerExportWriter {

    private static final List<String> COLUMNS = List.of("code", "name", "phone", "province", "city", "address", "nature",
            "group", "industry", "grade", "source", "status", "owner", "mainContact", "taxNumber", "createdAt", "updatedAt");

    private final Dictionary dictionary;
    private final MessageSource messages;

    CustomerExportWriter(Dictionary dictionary, MessageSource messages) {
        this.dictionary = dictionary;
        this.messages = messages;
    }

    /** {@code source} feeds rows to the consumer it is given. */
    public void write(TableExport.Format format, OutputStream out, Consumer<Consumer<CustomerRow>> source) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        CodeLabels labels = new CodeLabels(dictionary, locale);
        List<String> header = COLUMNS.stream()
                .map(c -> messages.getMessage("customer.field." + c, null, c, locale)).toList();
        TableExport.write(format, out,
                messages.getMessage("customer.list.title", null, "Customers", locale), header,
                sink -> source.accept(row -> sink.row(values(row, labels,
                        code -> code == null ? "" : messages.getMessage("customer.status." + code, null, code, locale)))));
    }

    private static List<String> values(CustomerRow r, CodeLabels l, java.util.function.UnaryOperator<String> status) {
        return java.util.Arrays.asList(r.code(), r.name(), n(r.phone()), l.region(r.provinceCode()), l.region(r.cityCode()),
                n(r.address()), l.label(DictionaryType.CUSTOMER_NATURE, r.natureCode()),
                l.label(DictionaryType.CUSTOMER_GROUP, r.groupCode()), l.label(DictionaryType.INDUSTRY, r.industryCode()),
                l.label(DictionaryType.CUSTOMER_GRADE, r.gradeCode()), l.label(DictionaryType.CUSTOMER_SOURCE, r.sourceCode()),
                status.apply(r.status()), n(r.ownerName()), n(r.mainContactName()),
                n(r.taxNumber()), org.kehu.shared.Formats.dateTime(r.createdAt()),
                org.kehu.shared.Formats.dateTime(r.updatedAt()));
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

}

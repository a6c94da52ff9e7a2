package org.kehu.catalog.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kehu.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.kehu.shared.export.SafeCsvWriter;

/**
 * Writes the movement history, the stock levels and the below-threshold list as CSV rows, kinds and units in the
 * user's language.
 */
@Component
public class InventoryExportWriter {

    private static final List<String> COLUMNS = List.of("at", "product", "productName", "warehouse", "kind", "quantity",
            "onHandAfter", "reservedAfter", "reason", "reference", "actor");

    private final MessageSource messages;
    private final StockQueries queries;

    InventoryExportWriter(MessageSource messages, StockQueries queries) {
        this.messages = messages;
        this.queries = queries;
    }

    public void write(MovementFilter filter, SafeCsvWriter csv) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        csv.writeRecord(COLUMNS.stream().map(c -> messages.getMessage("inventory.movement." + c, null, c, locale)).toList());
        queries.forEachMovement(filter, m -> csv.writeRecord(Arrays.asList(Formats.dateTime(m.at()), m.productCode(),
                m.productName(), m.warehouseName(), messages.getMessage("inventory.kind." + m.kind(), null, m.kind(), locale),
                plain(m.quantity()), plain(m.onHandAfter()), plain(m.reservedAfter()), n(m.reason()), reference(m, locale),
                n(m.actorName()))));
        csv.flush();
    }

    private static final List<String> STOCK_COLUMNS = List.of("product", "productName", "warehouse", "onHand", "reserved",
            "available", "unit", "lowStockThreshold");

    public void writeLevels(StockFilter filter, java.util.Map<String, String> units, SafeCsvWriter csv) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        csv.writeRecord(STOCK_COLUMNS.stream().map(c -> messages.getMessage("inventory.export." + c, null, c, locale)).toList());
        queries.forEachLevel(filter, s -> csv.writeRecord(Arrays.asList(s.productCode(), s.productName(), s.warehouseName(),
                plain(s.onHand()), plain(s.reserved()), plain(s.available()), units.getOrDefault(s.unitCode(), s.unitCode()),
                plain(s.lowStockThreshold()))));
        csv.flush();
    }

    private static final List<String> BELOW_COLUMNS = List.of("product", "productName", "available", "lowStockThreshold",
            "shortage", "unit");

    public void writeBelow(Long category, java.util.Map<String, String> units, SafeCsvWriter csv) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        csv.writeRecord(BELOW_COLUMNS.stream().map(c -> messages.getMessage("inventory.export." + c, null, c, locale)).toList());
        for (BelowThresholdRow r : queries.belowThreshold(category)) {
            csv.writeRecord(Arrays.asList(r.code(), r.name(), plain(r.available()), plain(r.lowStockThreshold()),
                    plain(r.shortage()), units.getOrDefault(r.unitCode(), r.unitCode())));
        }
        csv.flush();
    }

    static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    /** The reference, or only the kind of record ("订单") where the reader may not see that record. */
    private String reference(MovementRow m, Locale locale) {
        if (m.hiddenReferenceKind() != null) {
            return messages.getMessage("inventory.movement.reference." + m.hiddenReferenceKind(), null,
                    m.hiddenReferenceKind(), locale);
        }
        return n(m.reference());
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}

package org.kehu.customer.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kehu.shared.jobs.ImportJobReport;

/** One data row after checking: the raw values, the resolved codes and its errors. */
final class ParsedRow {

    final int number;
    final Map<ImportColumn, String> raw = new EnumMap<>(ImportColumn.class);
    final List<ImportJobReport.RowError> errors = new ArrayList<>();

    /** Pinyin initials of the customer name, for search. */
    String initials = "";
    String provinceCode;
    String cityCode;
    String natureCode;
    String groupCode;
    String industryCode;
    String gradeCode;
    String sourceCode;
    Long ownerId;
    LocalDate birthday;
    boolean marketingConsent;
    boolean primary;

    ParsedRow(int number) {
        this.number = number;
    }

    String get(ImportColumn column) {
        return raw.getOrDefault(column, "");
    }

    boolean has(ImportColumn column) {
        return !get(column).isEmpty();
    }

    boolean hasContact() {
        return raw.entrySet().stream().anyMatch(e -> !e.getKey().customerColumn() && !e.getValue().isEmpty());
    }
}

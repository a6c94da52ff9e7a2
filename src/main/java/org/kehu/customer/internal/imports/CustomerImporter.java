package org.kehu.customer.internal.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.customer.internal.DuplicateFinder;
import org.kehu.dictionary.Dictionary;
import org.kehu.identity.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports customers with their contacts from a CSV or Excel file: one row per contact, the customer
 * columns repeated; rows with the same customer code or name make one customer. Every row is checked
 * (fields, dictionary values, region, owner, duplicates against existing customers and within the
 * file) before anything is written, all in one transaction.
 */
@Service
public class CustomerImporter {

    private final Dictionary dictionary;
    private final UserDirectory users;
    private final MessageSource messages;
    private final DuplicateFinder duplicates;
    private final ImportWriter writer;

    CustomerImporter(Dictionary dictionary, UserDirectory users, MessageSource messages, DuplicateFinder duplicates,
            ImportWriter writer) {
        this.dictionary = dictionary;
        this.users = users;
        this.messages = messages;
        this.duplicates = duplicates;
        this.writer = writer;
    }

    /** A group of rows that make one customer. */
    static final class CustomerRows {
        final List<ParsedRow> rows = new ArrayList<>();

        ParsedRow first() {
            return rows.get(0);
        }

        boolean valid() {
            return rows.stream().allMatch(r -> r.errors.isEmpty());
        }
    }

    /**
     * Reads, checks and (depending on the mode and the errors) writes the file.
     *
     * @throws ImportRefusedException when the file is not CSV or Excel, or its header does not match
     */
    @Transactional
    public ImportReport importFile(String filename, byte[] content, ImportMode mode) {
        ImportFile file = ImportFile.read(filename, content);
        Map<ImportColumn, Integer> columns = columns(file.header);
        if (file.lines.isEmpty()) {
            throw new ImportRefusedException("customer.import.error.no-rows");
        }
        RowChecker checker = new RowChecker(dictionary, users, messages);
        List<ParsedRow> rows = file.lines.stream().map(line -> checker.check(line, columns)).toList();
        List<CustomerRows> customers = group(rows, checker);
        checkDuplicates(customers, checker);

        List<ImportReport.RowError> errors = rows.stream().flatMap(r -> r.errors.stream()).toList();
        int customerCount = 0;
        int contactCount = 0;
        if (mode == ImportMode.VALID_ROWS || errors.isEmpty()) {
            for (CustomerRows customer : customers) {
                if (customer.valid()) {
                    contactCount += writer.write(customer);
                    customerCount++;
                }
            }
        }
        return new ImportReport(mode, rows.size(), customerCount, contactCount, errors);
    }

    /** Which column each header cell names; an unknown, repeated or missing required column refuses the file. */
    static Map<ImportColumn, Integer> columns(List<String> header) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i).trim();
            if (cell.isEmpty()) {
                continue;
            }
            ImportColumn column = ImportColumn.ofHeader(cell)
                    .orElseThrow(() -> new ImportRefusedException("customer.import.error.unknown-column", cell));
            if (columns.put(column, i) != null) {
                throw new ImportRefusedException("customer.import.error.repeated-column", cell);
            }
        }
        if (!columns.containsKey(ImportColumn.CUSTOMER_NAME)) {
            throw new ImportRefusedException("customer.import.error.missing-column",
                    ImportColumn.CUSTOMER_NAME.chinese() + " / " + ImportColumn.CUSTOMER_NAME.english());
        }
        return columns;
    }

    /**
     * Rows with the same code (when given) or name make one customer; a later row that gives a
     * customer field a different value than the first row is an error, not a silent choice.
     */
    private static List<CustomerRows> group(List<ParsedRow> rows, RowChecker checker) {
        Map<String, CustomerRows> byKey = new LinkedHashMap<>();
        List<CustomerRows> groups = new ArrayList<>();
        for (ParsedRow row : rows) {
            if (!row.has(ImportColumn.CUSTOMER_NAME)) {
                CustomerRows alone = new CustomerRows();
                alone.rows.add(row);
                groups.add(alone);
                continue;
            }
            String codeKey = row.has(ImportColumn.CUSTOMER_CODE) ? "code:" + row.get(ImportColumn.CUSTOMER_CODE) : null;
            String nameKey = "name:" + row.get(ImportColumn.CUSTOMER_NAME);
            CustomerRows group = codeKey != null && byKey.containsKey(codeKey) ? byKey.get(codeKey) : byKey.get(nameKey);
            if (group == null) {
                group = new CustomerRows();
                groups.add(group);
            } else {
                ParsedRow first = group.first();
                for (ImportColumn column : ImportColumn.values()) {
                    if (column.customerColumn() && row.has(column) && first.has(column)
                            && !row.get(column).equals(first.get(column))) {
                        row.errors.add(checker.error(row.number, column, "customer.import.error.differs", first.number));
                    }
                }
            }
            group.rows.add(row);
            if (codeKey != null) {
                byKey.putIfAbsent(codeKey, group);
            }
            byKey.putIfAbsent(nameKey, group);
        }
        return groups;
    }

    /** Same name, phone or tax number as an existing customer, or as another customer of the file. */
    private void checkDuplicates(List<CustomerRows> customers, RowChecker checker) {
        Map<String, Integer> phones = new HashMap<>();
        Map<String, Integer> taxNumbers = new HashMap<>();
        for (CustomerRows customer : customers) {
            ParsedRow row = customer.first();
            if (!row.has(ImportColumn.CUSTOMER_NAME)) {
                continue;
            }
            String phone = row.get(ImportColumn.PHONE);
            String tax = row.get(ImportColumn.TAX_NUMBER);
            for (DuplicateFinder.Duplicate d : duplicates.find(row.get(ImportColumn.CUSTOMER_NAME), phone, tax, null)) {
                ImportColumn column = switch (d.matchedOn()) {
                    case "name" -> ImportColumn.CUSTOMER_NAME;
                    case "phone" -> ImportColumn.PHONE;
                    default -> ImportColumn.TAX_NUMBER;
                };
                row.errors.add(checker.error(row.number, column, "customer.import.error.duplicate-existing", d.code(), d.name()));
            }
            if (row.has(ImportColumn.CUSTOMER_CODE) && writer.codeExists(row.get(ImportColumn.CUSTOMER_CODE))) {
                row.errors.add(checker.error(row.number, ImportColumn.CUSTOMER_CODE, "customer.import.error.code-exists",
                        row.get(ImportColumn.CUSTOMER_CODE)));
            }
            Integer samePhone = phone.isEmpty() ? null : phones.putIfAbsent(phone, row.number);
            if (samePhone != null) {
                row.errors.add(checker.error(row.number, ImportColumn.PHONE, "customer.import.error.duplicate-in-file", samePhone));
            }
            Integer sameTax = tax.isEmpty() ? null : taxNumbers.putIfAbsent(tax, row.number);
            if (sameTax != null) {
                row.errors.add(checker.error(row.number, ImportColumn.TAX_NUMBER, "customer.import.error.duplicate-in-file", sameTax));
            }
        }
    }
}

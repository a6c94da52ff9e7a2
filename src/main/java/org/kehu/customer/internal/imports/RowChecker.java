package org.kehu.customer.internal.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryEntry;
import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.Region;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.shared.EmailAddress;
import org.kehu.shared.PhoneNumber;
import org.kehu.shared.jobs.ImportFile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.kehu.shared.jobs.ImportJobReport;

/**
 * Checks one row's values and resolves dictionary labels, regions and the owner to codes and ids. One
 * instance per import: it caches the dictionary, so that a large file costs one query per type.
 */
final class RowChecker {

    private static final Map<ImportColumn, Integer> MAX_LENGTH = new EnumMap<>(Map.ofEntries(
            Map.entry(ImportColumn.CUSTOMER_CODE, 32), Map.entry(ImportColumn.CUSTOMER_NAME, 200),
            Map.entry(ImportColumn.FAX, 32), Map.entry(ImportColumn.WEBSITE, 200),
            Map.entry(ImportColumn.ADDRESS, 300), Map.entry(ImportColumn.TAX_NUMBER, 32),
            Map.entry(ImportColumn.BANK, 100), Map.entry(ImportColumn.BANK_ACCOUNT, 64),
            Map.entry(ImportColumn.CONTACT_NAME, 100), Map.entry(ImportColumn.CONTACT_DEPARTMENT, 100),
            Map.entry(ImportColumn.CONTACT_TITLE, 100), Map.entry(ImportColumn.CONTACT_EMAIL, 200)));

    private final Dictionary dictionary;
    private final UserDirectory users;
    private final MessageSource messages;
    private final Locale locale = LocaleContextHolder.getLocale();
    private final CurrentUser importer;
    private final Map<DictionaryType, List<DictionaryEntry>> entries = new EnumMap<>(DictionaryType.class);
    private final Map<String, Optional<UserSummary>> owners = new HashMap<>();
    private List<Region> provinces;
    private final Map<String, List<Region>> cities = new HashMap<>();

    RowChecker(Dictionary dictionary, UserDirectory users, MessageSource messages) {
        this.dictionary = dictionary;
        this.users = users;
        this.messages = messages;
        this.importer = users.requireCurrentUser();
    }

    ParsedRow check(ImportFile.Line line, Map<ImportColumn, Integer> columns) {
        ParsedRow row = new ParsedRow(line.number());
        columns.forEach((column, index) -> {
            String value = index < line.cells().size() && line.cells().get(index) != null ? line.cells().get(index).trim() : "";
            row.raw.put(column, value);
        });
        BiConsumer<ImportColumn, String> error = (column, key) -> row.errors.add(error(row.number, column, key));

        if (!row.has(ImportColumn.CUSTOMER_NAME)) {
            error.accept(ImportColumn.CUSTOMER_NAME, "customer.import.error.required");
        }
        MAX_LENGTH.forEach((column, max) -> {
            if (row.get(column).length() > max) {
                row.errors.add(error(row.number, column, "customer.import.error.too-long", max));
            }
        });
        // A valid number or address is kept in the form the customer and contact forms store (138 1234 5678 and
        // +86 138-1234-5678 both become 13812345678), so that the staged row is written as is and the duplicate
        // checks compare like with like.
        for (ImportColumn phone : List.of(ImportColumn.PHONE, ImportColumn.FAX, ImportColumn.CONTACT_OFFICE_PHONE)) {
            if (row.has(phone)) {
                if (PhoneNumber.isValid(row.get(phone))) {
                    row.raw.put(phone, PhoneNumber.normalise(row.get(phone)));
                } else {
                    error.accept(phone, "customer.import.error.phone");
                }
            }
        }
        if (row.has(ImportColumn.CONTACT_MOBILE)) {
            if (PhoneNumber.isMobile(row.get(ImportColumn.CONTACT_MOBILE))) {
                row.raw.put(ImportColumn.CONTACT_MOBILE, PhoneNumber.normalise(row.get(ImportColumn.CONTACT_MOBILE)));
            } else {
                error.accept(ImportColumn.CONTACT_MOBILE, "customer.import.error.mobile");
            }
        }
        if (row.has(ImportColumn.CONTACT_EMAIL)) {
            if (EmailAddress.isValid(row.get(ImportColumn.CONTACT_EMAIL))) {
                row.raw.put(ImportColumn.CONTACT_EMAIL, EmailAddress.normalise(row.get(ImportColumn.CONTACT_EMAIL)));
            } else {
                error.accept(ImportColumn.CONTACT_EMAIL, "customer.import.error.email");
            }
        }
        row.natureCode = code(row, ImportColumn.NATURE, DictionaryType.CUSTOMER_NATURE);
        row.groupCode = code(row, ImportColumn.GROUP, DictionaryType.CUSTOMER_GROUP);
        row.industryCode = code(row, ImportColumn.INDUSTRY, DictionaryType.INDUSTRY);
        row.gradeCode = code(row, ImportColumn.GRADE, DictionaryType.CUSTOMER_GRADE);
        row.sourceCode = code(row, ImportColumn.SOURCE, DictionaryType.CUSTOMER_SOURCE);
        region(row);
        owner(row);
        if (row.has(ImportColumn.CONTACT_BIRTHDAY)) {
            row.birthday = date(row.get(ImportColumn.CONTACT_BIRTHDAY));
            if (row.birthday == null) {
                error.accept(ImportColumn.CONTACT_BIRTHDAY, "customer.import.error.date");
            }
        }
        row.marketingConsent = yesNo(row, ImportColumn.CONTACT_MARKETING_CONSENT);
        row.primary = yesNo(row, ImportColumn.CONTACT_PRIMARY);
        if (row.hasContact() && !row.has(ImportColumn.CONTACT_NAME)) {
            error.accept(ImportColumn.CONTACT_NAME, "customer.import.error.contact-name-required");
        }
        return row;
    }

    ImportJobReport.RowError error(int row, ImportColumn column, String key, Object... args) {
        return new ImportJobReport.RowError(row, column.field(), messages.getMessage(key, args, key, locale));
    }

    /** A dictionary value given as its code or either label. */
    private String code(ParsedRow row, ImportColumn column, DictionaryType type) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        Optional<DictionaryEntry> entry = entries.computeIfAbsent(type, dictionary::enabledEntries).stream()
                .filter(e -> e.code().equalsIgnoreCase(value) || e.labelZh().equals(value) || e.labelEn().equalsIgnoreCase(value))
                .findFirst();
        if (entry.isEmpty()) {
            row.errors.add(error(row.number, column, "customer.import.error.unknown-value", value));
            return null;
        }
        return entry.get().code();
    }

    private void region(ParsedRow row) {
        String province = row.get(ImportColumn.PROVINCE);
        String city = row.get(ImportColumn.CITY);
        if (!province.isEmpty()) {
            if (provinces == null) {
                provinces = dictionary.provinces().stream().filter(Region::enabled).toList();
            }
            row.provinceCode = matchRegion(provinces, province);
            if (row.provinceCode == null) {
                row.errors.add(error(row.number, ImportColumn.PROVINCE, "customer.import.error.unknown-province", province));
            }
        }
        if (!city.isEmpty()) {
            if (row.provinceCode == null) {
                if (province.isEmpty()) {
                    row.errors.add(error(row.number, ImportColumn.CITY, "customer.import.error.city-without-province"));
                }
                return;
            }
            List<Region> inProvince = cities.computeIfAbsent(row.provinceCode,
                    p -> dictionary.cities(p).stream().filter(Region::enabled).toList());
            row.cityCode = matchRegion(inProvince, city);
            if (row.cityCode == null) {
                row.errors.add(error(row.number, ImportColumn.CITY, "customer.import.error.unknown-city", city, province));
            }
        }
    }

    /** By code or name; 湖北, 湖北省, 武汉 and 武汉市 all match. */
    private static String matchRegion(List<Region> regions, String value) {
        String v = stripSuffix(value);
        return regions.stream()
                .filter(r -> r.code().equals(value) || stripSuffix(r.nameZh()).equals(v) || r.nameEn().equalsIgnoreCase(value))
                .map(Region::code).findFirst().orElse(null);
    }

    private static String stripSuffix(String name) {
        String n = name.trim();
        for (String suffix : List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    /** The importer owns the customer unless another owner is named and the importer may assign to them. */
    private void owner(ParsedRow row) {
        String username = row.get(ImportColumn.OWNER);
        if (username.isEmpty() || username.equals(importer.username())) {
            row.ownerId = importer.id();
            return;
        }
        if (!importer.can(Permission.CUSTOMER_ASSIGN)) {
            row.errors.add(error(row.number, ImportColumn.OWNER, "customer.import.error.owner-not-permitted"));
            return;
        }
        Optional<UserSummary> owner = owners.computeIfAbsent(username, u -> users.assignableOwners(Permission.CUSTOMER_VIEW)
                .stream().filter(s -> s.username().equals(u)).findFirst());
        if (owner.isEmpty()) {
            row.errors.add(error(row.number, ImportColumn.OWNER, "customer.import.error.unknown-owner", username));
        } else {
            row.ownerId = owner.get().id();
        }
    }

    private boolean yesNo(ParsedRow row, ImportColumn column) {
        String v = row.get(column).toLowerCase(Locale.ROOT);
        if (v.isEmpty() || List.of("否", "no", "n", "false", "0").contains(v)) {
            return false;
        }
        if (List.of("是", "yes", "y", "true", "1").contains(v)) {
            return true;
        }
        row.errors.add(error(row.number, column, "customer.import.error.yes-no", row.get(column)));
        return false;
    }

    private static LocalDate date(String value) {
        if (value.matches("\\d{5}")) {
            return ImportFile.excelDate(Long.parseLong(value));
        }
        for (String pattern : List.of("yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日")) {
            try {
                return LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }
}

package org.kehu.analytics.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.catalog.ProductManagement;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks a report's parameters and applies the reader's data scope, one rule for pages, API and exports:
 * dates as {@code yyyy-MM-dd}, {@code from} not after {@code to}, a period of at most {@value #MAX_YEARS} years
 * (the last twelve months when neither is given), and only known departments, owners within the reader's scope,
 * provinces, grades, categories and dimensions. Every refusal names its parameter.
 */
@Component
public class ReportFilters {

    /** The longest period a report covers: enough for any history, short enough to stay fast. */
    static final int MAX_YEARS = 10;

    private final UserDirectory users;
    private final Dictionary dictionary;
    private final ProductManagement products;

    ReportFilters(UserDirectory users, Dictionary dictionary, ProductManagement products) {
        this.users = users;
        this.dictionary = dictionary;
        this.products = products;
    }

    /** The checked filter for the signed-in reader, or {@link InvalidInputException} naming each bad parameter. */
    public ReportFilter check(Report report, ReportParameters p) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<ReportFilterField> applies = report.filters();
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        LocalDate to = applies.contains(ReportFilterField.PERIOD) ? date(p.to(), "to", errors) : null;
        LocalDate from = applies.contains(ReportFilterField.PERIOD) ? date(p.from(), "from", errors) : null;
        if (to == null) {
            to = from != null && from.isAfter(today) ? from.plusYears(1).minusDays(1) : today;
        }
        if (from == null) {
            from = to.minusYears(1).plusDays(1);
        }
        if (!errors.containsKey("from") && !errors.containsKey("to")) {
            if (from.isAfter(to)) {
                errors.put("from", "analytics.report.error.from-after-to");
            } else if (from.plusYears(MAX_YEARS).isBefore(to.plusDays(1))) {
                errors.put("from", "analytics.report.error.period-too-long");
            }
        }
        OwnerScope scope = users.ownerScope();
        Long department = applies.contains(ReportFilterField.DEPARTMENT) ? id(p.department(), "department", errors) : null;
        if (department != null && users.department(department).isEmpty()) {
            errors.put("department", "analytics.report.error.unknown");
        }
        Long owner = applies.contains(ReportFilterField.OWNER) ? id(p.owner(), "owner", errors) : null;
        if (owner != null && (users.user(owner).isEmpty() || !scope.permits(owner))) {
            errors.put("owner", "analytics.report.error.unknown");
        }
        String region = applies.contains(ReportFilterField.REGION) ? blankToNull(p.region()) : null;
        if (region != null && dictionary.provinces().stream().noneMatch(r -> r.code().equals(p.region().strip()))) {
            errors.put("region", "analytics.report.error.unknown");
        }
        String grade = applies.contains(ReportFilterField.GRADE) ? blankToNull(p.grade()) : null;
        if (grade != null && dictionary.entry(DictionaryType.CUSTOMER_GRADE, grade).isEmpty()) {
            errors.put("grade", "analytics.report.error.unknown");
        }
        Long category = applies.contains(ReportFilterField.CATEGORY) ? id(p.category(), "category", errors) : null;
        if (category != null && products.categories().stream().noneMatch(c -> c.id() == category)) {
            errors.put("category", "analytics.report.error.unknown");
        }
        String dimension = blankToNull(p.dimension());
        if (!report.dimensions().isEmpty()) {
            if (dimension == null) {
                dimension = report.dimensions().get(0).code();
            } else if (report.dimensions().stream().noneMatch(d -> d.code().equals(p.dimension().strip()))
                    && report.unlistedDimension(p.dimension().strip()).isEmpty()) {
                errors.put("dimension", "analytics.report.error.unknown");
            }
        } else if (dimension != null) {
            // a report without dimensions must not echo one back as if it had applied it
            errors.put("dimension", "analytics.report.error.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Long> owners = owners(department, owner);
        return new ReportFilter(from, to, department, owner, owners, region, grade, category, dimension, scope);
    }

    /** The owners the department and owner filters leave; null when neither is given. */
    private List<Long> owners(Long department, Long owner) {
        if (department == null) {
            return owner == null ? null : List.of(owner);
        }
        List<Long> inDepartment = users.usersInDepartmentTree(department);
        return owner == null ? inDepartment : inDepartment.stream().filter(owner::equals).toList();
    }

    private static LocalDate date(String text, String parameter, Map<String, String> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (!InputLimits.isWithinDateRange(date)) {
                errors.put(parameter, "input.error.date-range");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(parameter, "analytics.report.error.date");
            return null;
        }
    }

    private static Long id(String text, String parameter, Map<String, String> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.put(parameter, "analytics.report.error.unknown");
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

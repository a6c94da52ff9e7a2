package org.kehu.marketing.segment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.kehu.analytics.CustomerRfmSegments;
import org.kehu.catalog.CategoryInfo;
import org.kehu.catalog.ProductManagement;
import org.kehu.customer.CustomerStatus;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.UserDirectory;
import org.kehu.rating.RatingKind;
import org.kehu.rating.RatingLevel;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Every bound of a segment's filter, before it is stored or run: each code known (dictionary, region, status, rating
 * level, RFM segment, product category, user), each list short, each range within its score's range and not upside
 * down, the day counts and the birthday month plausible. Answers field name to message key.
 */
@Component
class SegmentChecks {

    static final int MAX_VALUES = 100;
    static final int MAX_DAYS = 36_500;
    static final BigDecimal MAX_CLV = new BigDecimal("99999999999999.99");
    static final int NAME_LENGTH = 100;
    static final int DESCRIPTION_LENGTH = 500;
    static final int TITLE_LENGTH = 100;

    private final Dictionary dictionary;
    private final ProductManagement products;
    private final CustomerRfmSegments rfm;
    private final UserDirectory users;

    SegmentChecks(Dictionary dictionary, ProductManagement products, CustomerRfmSegments rfm, UserDirectory users) {
        this.dictionary = dictionary;
        this.products = products;
        this.rfm = rfm;
        this.users = users;
    }

    /** Refuses a name, description or filter that breaks a bound, naming each field. */
    void check(String name, String description, SegmentCriteria criteria) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "marketing.segment.error.name-required");
        } else if (!InputLimits.fitsLength(name.strip(), NAME_LENGTH)) {
            errors.put("name", "marketing.segment.error.too-long");
        }
        if (!InputLimits.fitsLength(description, DESCRIPTION_LENGTH)) {
            errors.put("description", "marketing.segment.error.too-long");
        }
        errors.putAll(problems(criteria));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Refuses a filter that breaks a bound (the live count checks before it runs). */
    void check(SegmentCriteria criteria) {
        Map<String, String> errors = problems(criteria);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    Map<String, String> problems(SegmentCriteria c) {
        Map<String, String> e = new LinkedHashMap<>();
        codes(e, "provinces", c.provinces(), code -> dictionary.region(code).filter(r -> r.level() == 1).isPresent());
        codes(e, "cities", c.cities(), code -> dictionary.region(code).filter(r -> r.level() == 2).isPresent());
        codes(e, "natures", c.natures(), code -> dictionary.isValid(DictionaryType.CUSTOMER_NATURE, code));
        codes(e, "groups", c.groups(), code -> dictionary.isValid(DictionaryType.CUSTOMER_GROUP, code));
        codes(e, "industries", c.industries(), code -> dictionary.isValid(DictionaryType.INDUSTRY, code));
        codes(e, "grades", c.grades(), code -> dictionary.isValid(DictionaryType.CUSTOMER_GRADE, code));
        codes(e, "sources", c.sources(), code -> dictionary.isValid(DictionaryType.CUSTOMER_SOURCE, code));
        codes(e, "statuses", c.statuses(), names(CustomerStatus.values())::contains);
        codes(e, "credit", c.credit(), levels(RatingKind.CREDIT)::contains);
        codes(e, "loyalty", c.loyalty(), levels(RatingKind.LOYALTY)::contains);
        codes(e, "rfm", c.rfm(), Set.copyOf(rfm.names())::contains);
        Set<Long> categories = products.categories().stream().map(CategoryInfo::id).collect(Collectors.toSet());
        codes(e, "categories", c.categories(), categories::contains);
        codes(e, "owners", c.owners(), id -> id > 0 && users.user(id).isPresent());
        range(e, "clvMin", "clvMax", c.clvMin(), c.clvMax(), BigDecimal.ZERO, MAX_CLV);
        range(e, "pAliveMin", "pAliveMax", c.pAliveMin(), c.pAliveMax(), BigDecimal.ZERO, BigDecimal.ONE);
        days(e, "noOrderForDays", c.noOrderForDays());
        days(e, "orderedWithinDays", c.orderedWithinDays());
        if (c.contactBirthdayMonth() != null && (c.contactBirthdayMonth() < 1 || c.contactBirthdayMonth() > 12)) {
            e.put("contactBirthdayMonth", "marketing.segment.error.month");
        }
        if (!InputLimits.fitsLength(c.contactTitle(), TITLE_LENGTH) || InputLimits.hasControlCharacter(c.contactTitle())) {
            e.put("contactTitle", "marketing.segment.error.too-long");
        }
        return e;
    }

    private static <T> void codes(Map<String, String> e, String field, List<T> values, Predicate<T> known) {
        if (values.size() > MAX_VALUES) {
            e.put(field, "marketing.segment.error.too-many");
        } else if (!values.stream().allMatch(v -> !(v instanceof String s && s.length() > 64) && known.test(v))) {
            e.put(field, "marketing.segment.error.unknown-code");
        }
    }

    private static void range(Map<String, String> e, String minField, String maxField, BigDecimal min, BigDecimal max,
            BigDecimal lowest, BigDecimal highest) {
        boolean minOk = within(min, lowest, highest);
        boolean maxOk = within(max, lowest, highest);
        if (!minOk) {
            e.put(minField, "marketing.segment.error.range");
        }
        if (!maxOk) {
            e.put(maxField, "marketing.segment.error.range");
        }
        if (minOk && maxOk && min != null && max != null && min.compareTo(max) > 0) {
            e.put(maxField, "marketing.segment.error.min-max");
        }
    }

    private static boolean within(BigDecimal v, BigDecimal lowest, BigDecimal highest) {
        return v == null || InputLimits.fitsNumeric(v, 20, 6) && v.compareTo(lowest) >= 0 && v.compareTo(highest) <= 0;
    }

    private static void days(Map<String, String> e, String field, Integer days) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            e.put(field, "marketing.segment.error.days");
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    private static Set<String> levels(RatingKind kind) {
        return kind.levels().stream().map(RatingLevel::name).collect(Collectors.toSet());
    }
}

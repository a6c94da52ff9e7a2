package org.kehu.competitor;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.springframework.util.StringUtils;

/** The rules of a competitor's and a competing product's fields, each refusal naming its field. */
final class CompetitorChecks {

    static final int CODE_LENGTH = 32;
    static final int NAME_LENGTH = 200;
    static final int FIELDS_LENGTH = 500;
    static final int MODEL_LENGTH = 100;
    static final int USAGE_LENGTH = 1000;
    static final int PERFORMANCE_LENGTH = 2000;
    static final int QUERY_LENGTH = 100;
    /** A code people type and read: letters, digits, dash and underscore. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private CompetitorChecks() {
    }

    /** The input with its texts stripped (blank ones as null), or the field errors. */
    static CompetitorInput check(CompetitorInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = clean(in.code());
        if (code == null) {
            errors.put("code", "competitor.error.required");
        } else if (!CODE.matcher(code).matches()) {
            errors.put("code", "competitor.error.code");
        }
        String name = text(in.name(), NAME_LENGTH, "name", true, errors);
        String background = text(in.background(), InputLimits.LONG_TEXT, "background", false, errors);
        String development = text(in.development(), InputLimits.LONG_TEXT, "development", false, errors);
        String fields = text(in.fields(), FIELDS_LENGTH, "fields", false, errors);
        String strategy = text(in.strategy(), InputLimits.LONG_TEXT, "strategy", false, errors);
        if (in.version() != null && in.version() < 0) {
            errors.put("version", "competitor.error.version");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CompetitorInput(code, name, background, development, fields, strategy, in.version());
    }

    /** The input cleaned, or the field errors; whether our product exists is the caller's to check. */
    static CompetingProductInput check(CompetingProductInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = text(in.name(), NAME_LENGTH, "name", true, errors);
        String model = text(in.model(), MODEL_LENGTH, "model", false, errors);
        if (in.ourProductId() == null) {
            errors.put("ourProductId", "competitor.error.required");
        }
        String relation = clean(in.relation());
        if (relation == null) {
            errors.put("relation", "competitor.error.required");
        } else if (!isRelation(relation)) {
            errors.put("relation", "competitor.error.relation");
        }
        String usage = text(in.usage(), USAGE_LENGTH, "usage", false, errors);
        String performance = text(in.performance(), PERFORMANCE_LENGTH, "performance", false, errors);
        BigDecimal price = in.price();
        if (price == null) {
            errors.put("price", "competitor.error.required");
        } else if (price.signum() < 0 || !InputLimits.fitsNumeric(price, 14, 2)) {
            errors.put("price", "competitor.error.price");
        }
        if (in.version() != null && in.version() < 0) {
            errors.put("version", "competitor.error.version");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CompetingProductInput(name, model, in.ourProductId(), relation, usage, performance,
                price.setScale(2, java.math.RoundingMode.HALF_UP), in.version());
    }

    /** A search text: stripped, at most {@value #QUERY_LENGTH} characters; else a 400 naming {@code q}. */
    static String query(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (!InputLimits.fitsLength(q, QUERY_LENGTH) || InputLimits.hasControlCharacter(q)) {
            throw InvalidInputException.of("q", "competitor.error.query");
        }
        return q.strip();
    }

    private static boolean isRelation(String value) {
        for (Relation r : Relation.values()) {
            if (r.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String text(String value, int max, String field, boolean required, Map<String, String> errors) {
        String v = clean(value);
        if (v == null) {
            if (required) {
                errors.put(field, "competitor.error.required");
            }
            return null;
        }
        if (!InputLimits.fitsLength(v, max) || InputLimits.hasControlCharacter(v)) {
            errors.put(field, "competitor.error.text");
        }
        return v;
    }

    static String clean(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}

package org.kehu.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.springframework.util.StringUtils;

/** The rules of an article's fields, each refusal naming its field (a message key beside it). */
final class ArticleChecks {

    static final int TITLE_LENGTH = 200;
    /** Articles are longer than other long texts (a manual's chapter); the search indexes their first part. */
    static final int BODY_LENGTH = 100_000;
    static final int TAG_LENGTH = 40;
    static final int MAX_TAGS = 12;
    static final int QUERY_LENGTH = 200;

    private ArticleChecks() {
    }

    /** The article's tags, cleaned (blanks dropped, duplicates once), or the field errors of the input. */
    static List<String> check(ArticleInput in, Set<String> categories) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!StringUtils.hasText(in.title())) {
            errors.put("title", "knowledge.error.required");
        } else if (!InputLimits.fitsLength(in.title().strip(), TITLE_LENGTH) || InputLimits.hasControlCharacter(in.title())) {
            errors.put("title", "knowledge.error.title");
        }
        if (!StringUtils.hasText(in.body())) {
            errors.put("body", "knowledge.error.required");
        } else if (!InputLimits.fitsLength(in.body(), BODY_LENGTH) || InputLimits.hasControlCharacter(in.body())) {
            errors.put("body", "knowledge.error.body");
        }
        if (!StringUtils.hasText(in.category())) {
            errors.put("category", "knowledge.error.required");
        } else if (!categories.contains(in.category())) {
            errors.put("category", "knowledge.error.category");
        }
        if (!isOneOf(in.visibility(), Visibility.class)) {
            errors.put("visibility", "knowledge.error.visibility");
        }
        if (!isOneOf(in.status(), ArticleStatus.class)) {
            errors.put("status", "knowledge.error.status");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : in.tags() == null ? List.<String>of() : in.tags()) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String t = tag.strip();
            if (t.length() > TAG_LENGTH || t.contains(",") || InputLimits.hasControlCharacter(t)) {
                errors.put("tags", "knowledge.error.tag");
            }
            tags.add(t);
        }
        if (tags.size() > MAX_TAGS) {
            errors.put("tags", "knowledge.error.tags");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ArrayList<>(tags);
    }

    /** Tags typed as one text, separated by commas (Chinese or Latin) or semicolons. */
    static List<String> splitTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split("[,，;；、]"));
    }

    /** A search text, or a 400 naming {@code parameter}. */
    static String query(String q, String parameter) {
        if (q == null) {
            return "";
        }
        if (!InputLimits.fitsLength(q, QUERY_LENGTH) || InputLimits.hasControlCharacter(q)) {
            throw InvalidInputException.of(parameter, "knowledge.error.query");
        }
        return q.strip();
    }

    /** A filter's code: blank, or one of the enum's names; else a 400 naming the parameter. */
    static <E extends Enum<E>> String code(String value, Class<E> type, String parameter) {
        if (!StringUtils.hasText(value)) {
            return null;
        }
        if (!isOneOf(value, type)) {
            throw InvalidInputException.of(parameter, "knowledge.error." + parameter);
        }
        return value;
    }

    static <E extends Enum<E>> boolean isOneOf(String value, Class<E> type) {
        if (value == null) {
            return false;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}

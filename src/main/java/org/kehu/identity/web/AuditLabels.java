package org.kehu.identity.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryEntry;
import org.kehu.dictionary.DictionaryType;
import org.springframework.context.MessageSource;

/**
 * The audit log in words: record types, field names, coded values (role codes, dictionary codes, statuses, yes/no)
 * and the people who acted, in the reader's language. The log stores codes so that it stays true when labels
 * change; this turns them into what people read. Built once per page, so each lookup table is read once.
 */
public final class AuditLabels {

    /** How a stored value that is a code looks: one or more upper-case words joined by underscores, maybe a list. */
    private static final Pattern CODES = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*(\\s*,\\s*[A-Z][A-Z0-9]*(_[A-Z0-9]+)*)*");

    /** Where each record type's field labels live in the message files. */
    private static final Map<String, List<String>> FIELD_PREFIXES = Map.ofEntries(
            Map.entry("customer", List.of("customer.field.")),
            Map.entry("contact", List.of("customer.contact.field.", "customer.field.")),
            Map.entry("opportunity", List.of("sales.field.")),
            Map.entry("order", List.of("order.field.")),
            Map.entry("ticket", List.of("support.field.")),
            Map.entry("task", List.of("office.field.")),
            Map.entry("follow_up", List.of("followup.field.")),
            Map.entry("survey", List.of("survey.field.")),
            Map.entry("product", List.of("catalog.field.")),
            Map.entry("product_category", List.of("catalog.field.")),
            Map.entry("warehouse", List.of("inventory.field.")),
            Map.entry("user", List.of("identity.user.")),
            Map.entry("role", List.of("identity.role.")),
            Map.entry("department", List.of("identity.department.")),
            Map.entry("api_token", List.of("identity.token.")));

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> codeLabels;
    private final Map<String, String> userNames;

    AuditLabels(MessageSource messages, Locale locale, Dictionary dictionary, Map<String, String> roleNames,
            Map<String, String> userNames) {
        this.messages = messages;
        this.locale = locale;
        this.userNames = userNames;
        this.codeLabels = new HashMap<>();
        for (DictionaryType type : DictionaryType.values()) {
            for (DictionaryEntry e : dictionary.entries(type)) {
                codeLabels.putIfAbsent(e.code(), e.label(locale));
            }
        }
        codeLabels.putAll(roleNames);
    }

    public String entity(String type) {
        return type == null ? "" : text("identity.audit.entity." + type, type);
    }

    public String field(String entityType, String field) {
        for (String prefix : FIELD_PREFIXES.getOrDefault(entityType, List.of())) {
            String label = text(prefix + field, null);
            if (label != null) {
                return label;
            }
        }
        return text("identity.audit.field." + field, field);
    }

    public String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return text(b ? "common.yes" : "common.no", b.toString());
        }
        String s = value.toString();
        if (!CODES.matcher(s).matches()) {
            return s;
        }
        return Arrays.stream(s.split("\\s*,\\s*")).map(this::code).collect(Collectors.joining(", "));
    }

    /** The person's name for a username; the username itself for the system and for deleted accounts. */
    public String actor(String username) {
        if (username == null) {
            return "";
        }
        return "system".equals(username) ? text("identity.audit.system", username) : userNames.getOrDefault(username, username);
    }

    private String code(String code) {
        String label = codeLabels.get(code);
        if (label != null) {
            return label;
        }
        return text("identity.audit.value." + code, code);
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}

package org.kehu.customer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.kehu.customer.TimelineEntry;
import org.kehu.customer.TimelineEntry.FieldChange;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditEntry;
import org.kehu.identity.UserDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a customer's audit entries into timeline entries a person can read: the actor's display name
 * instead of the username, and for each changed field its label key ({@code customer.field.*}) with the
 * values as labels in the current language (dictionary labels, region names, staff and contact names)
 * instead of codes and ids. Names are looked up once for the whole history.
 */
@Component
public class AuditedChanges {

    private enum Kind {
        TEXT, REGION, DICTIONARY, STATUS, USER, CONTACT
    }

    /** How one audited field is shown: the suffix of its {@code customer.field.*} key and how to read its value. */
    private record Field(String label, Kind kind, DictionaryType type) {
        static Field text(String label) {
            return new Field(label, Kind.TEXT, null);
        }
    }

    /**
     * The audited fields in the order the timeline lists them, by their camel-case name (as in
     * {@code Customer.auditValues()}; merges store snake-case column names, normalised first). Others
     * (version, counts) are not shown.
     */
    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("code", Field.text("code"));
        FIELDS.put("name", Field.text("name"));
        FIELDS.put("website", Field.text("website"));
        FIELDS.put("phone", Field.text("phone"));
        FIELDS.put("fax", Field.text("fax"));
        FIELDS.put("provinceCode", new Field("province", Kind.REGION, null));
        FIELDS.put("cityCode", new Field("city", Kind.REGION, null));
        FIELDS.put("address", Field.text("address"));
        FIELDS.put("natureCode", new Field("nature", Kind.DICTIONARY, DictionaryType.CUSTOMER_NATURE));
        FIELDS.put("groupCode", new Field("group", Kind.DICTIONARY, DictionaryType.CUSTOMER_GROUP));
        FIELDS.put("industryCode", new Field("industry", Kind.DICTIONARY, DictionaryType.INDUSTRY));
        FIELDS.put("gradeCode", new Field("grade", Kind.DICTIONARY, DictionaryType.CUSTOMER_GRADE));
        FIELDS.put("creditRating", Field.text("creditRating"));
        FIELDS.put("loyaltyRating", Field.text("loyaltyRating"));
        FIELDS.put("ownerId", new Field("owner", Kind.USER, null));
        FIELDS.put("bank", Field.text("bank"));
        FIELDS.put("bankAccount", Field.text("bankAccount"));
        FIELDS.put("taxNumber", Field.text("taxNumber"));
        FIELDS.put("sourceCode", new Field("source", Kind.DICTIONARY, DictionaryType.CUSTOMER_SOURCE));
        FIELDS.put("status", new Field("status", Kind.STATUS, null));
        FIELDS.put("mainContactId", new Field("mainContact", Kind.CONTACT, null));
    }

    private final Dictionary dictionary;
    private final UserDirectory users;
    private final ContactRepository contacts;
    private final org.springframework.context.MessageSource messages;

    AuditedChanges(Dictionary dictionary, UserDirectory users, ContactRepository contacts,
            org.springframework.context.MessageSource messages) {
        this.dictionary = dictionary;
        this.users = users;
        this.contacts = contacts;
        this.messages = messages;
    }

    /** Creations (by hand or by import) and changes (edits and merges) of the history, in its order. */
    public List<TimelineEntry> entries(List<AuditEntry> history) {
        List<AuditEntry> shown = history.stream().filter(a -> kind(a) != null).toList();
        List<List<Change>> raw = shown.stream().map(AuditedChanges::changes).toList();
        Set<Long> userIds = new TreeSet<>();
        Set<Long> contactIds = new TreeSet<>();
        shown.forEach(a -> addId(userIds, a.actorId()));
        raw.forEach(list -> list.forEach(c -> {
            Set<Long> ids = c.field().kind() == Kind.USER ? userIds : c.field().kind() == Kind.CONTACT ? contactIds : null;
            if (ids != null) {
                addId(ids, c.before());
                addId(ids, c.after());
            }
        }));
        Names names = new Names(new CodeLabels(dictionary, LocaleContextHolder.getLocale()),
                code -> messages.getMessage("customer.status." + code, null, code, LocaleContextHolder.getLocale()),
                users.names(userIds),
                contactNames(contactIds));
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            AuditEntry a = shown.get(i);
            String actor = a.actorId() == null ? a.actorName() : names.users().getOrDefault(a.actorId(), a.actorName());
            entries.add(new TimelineEntry(a.at(), kind(a), actor, a.summary(), null, null,
                    raw.get(i).stream().map(names::readable).toList()));
        }
        return entries;
    }

    private static TimelineEntry.Kind kind(AuditEntry a) {
        return switch (a.action()) {
            case CREATE, IMPORT -> TimelineEntry.Kind.CREATED;
            case UPDATE, MERGE -> TimelineEntry.Kind.CHANGED;
            default -> null;
        };
    }

    private record Change(String name, Field field, Object before, Object after) {
    }

    private static List<Change> changes(AuditEntry a) {
        Map<String, Object> before = a.oldValue();
        if (a.action() == AuditAction.MERGE && before != null && before.get("target") instanceof Map<?, ?> target) {
            before = camelCase(target); // the merged-into customer: its values before the merge
        }
        if (before == null || a.newValue() == null || a.action() == AuditAction.CREATE) {
            return List.of();
        }
        Map<String, Object> after = camelCase(a.newValue());
        before = camelCase(before);
        List<Change> changes = new ArrayList<>();
        for (var f : FIELDS.entrySet()) {
            if (after.containsKey(f.getKey()) && !Objects.equals(text(before.get(f.getKey())), text(after.get(f.getKey())))) {
                changes.add(new Change(f.getKey(), f.getValue(), before.get(f.getKey()), after.get(f.getKey())));
            }
        }
        return changes;
    }

    private static Map<String, Object> camelCase(Map<?, ?> values) {
        Map<String, Object> m = new HashMap<>();
        values.forEach((k, v) -> {
            StringBuilder name = new StringBuilder();
            boolean upper = false;
            for (char ch : String.valueOf(k).toCharArray()) {
                if (ch == '_') {
                    upper = true;
                } else {
                    name.append(upper ? Character.toUpperCase(ch) : ch);
                    upper = false;
                }
            }
            m.put(name.toString(), v);
        });
        return m;
    }

    /** Blank and null are the same to a reader; numbers compare by value whatever their JSON type. */
    private static String text(Object value) {
        String s = value == null ? "" : value.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static void addId(Set<Long> ids, Object value) {
        if (value instanceof Number n) {
            ids.add(n.longValue());
        }
    }

    private Map<Long, String> contactNames(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            contacts.findAllById(ids).forEach(c -> names.put(c.getId(), c.getName()));
        }
        return names;
    }

    private record Names(CodeLabels labels, java.util.function.UnaryOperator<String> statuses, Map<Long, String> users,
            Map<Long, String> contacts) {

        FieldChange readable(Change c) {
            return new FieldChange(c.field().label(), value(c.field(), c.before()), value(c.field(), c.after()));
        }

        private String value(Field field, Object value) {
            String code = text(value);
            if (code == null) {
                return null;
            }
            return switch (field.kind()) {
                case TEXT -> code;
                case REGION -> labels.region(code);
                case DICTIONARY -> labels.label(field.type(), code);
                case STATUS -> statuses.apply(code);
                case USER -> value instanceof Number n ? users.getOrDefault(n.longValue(), code) : code;
                case CONTACT -> value instanceof Number n ? contacts.getOrDefault(n.longValue(), code) : code;
            };
        }
    }
}

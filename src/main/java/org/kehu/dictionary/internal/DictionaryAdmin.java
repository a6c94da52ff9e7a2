package org.kehu.dictionary.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kehu.dictionary.DictionaryChanged;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the entries of the data dictionary. Every change checks the version the editor saw (the
 * {@code version} column, as JPA's {@code @Version} would) and is announced as {@link DictionaryChanged}
 * for the audit log, in the same transaction.
 */
@Service
public class DictionaryAdmin {

    static final String EDIT = "hasAuthority('dictionary.edit')";
    private static final String COLUMNS = "id, type, code, label_zh, label_en, sort_order, enabled, version, extra";

    private final JdbcClient jdbc;
    private final DictionaryUsages usages;
    private final ApplicationEventPublisher events;

    DictionaryAdmin(JdbcClient jdbc, DictionaryUsages usages, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.usages = usages;
        this.events = events;
    }

    /** The type named in a URL ({@code industry} or {@code INDUSTRY}); an unknown name is a 404. */
    public static DictionaryType type(String name) {
        return Arrays.stream(DictionaryType.values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Dictionary type", name));
    }

    /** The number of entries per type, for the list of types. */
    @Transactional(readOnly = true)
    public Map<DictionaryType, Long> counts() {
        Map<String, Long> stored = new java.util.HashMap<>();
        jdbc.sql("select type, count(*) as n from dict_entry group by type")
                .query((rs, n) -> stored.put(rs.getString("type"), rs.getLong("n"))).list();
        Map<DictionaryType, Long> counts = new java.util.EnumMap<>(DictionaryType.class);
        Arrays.stream(DictionaryType.values()).forEach(t -> counts.put(t, stored.getOrDefault(t.name(), 0L)));
        return counts;
    }

    /** The entries of a type, disabled ones too, each marked whether a record uses it. */
    @Transactional(readOnly = true)
    public List<EntryRow> entries(DictionaryType type) {
        return jdbc.sql("select " + COLUMNS + " from dict_entry where type = :type order by sort_order, code")
                .param("type", type.name()).query(this::map).list().stream()
                .map(e -> e.withInUse(usages.inUse(type, e.code()))).toList();
    }

    @Transactional(readOnly = true)
    public EntryRow entry(DictionaryType type, String code) {
        return find(type, code).withInUse(usages.inUse(type, code));
    }

    @Transactional
    @PreAuthorize(EDIT)
    public EntryRow create(DictionaryType type, EntryForm form) {
        String code = form.getCode().toUpperCase(Locale.ROOT);
        Long taken = jdbc.sql("select count(*) from dict_entry where type = :type and code = :code")
                .param("type", type.name()).param("code", code).query(Long.class).single();
        if (taken > 0) {
            throw InvalidInputException.of("code", "dictionary.validation.code.taken");
        }
        jdbc.sql("""
                insert into dict_entry(type, code, label_zh, label_en, sort_order, enabled, extra)
                values (:type, :code, :zh, :en, :order, :enabled, :extra)""")
                .param("type", type.name()).param("code", code).param("zh", form.getLabelZh())
                .param("en", form.getLabelEn()).param("order", form.getSortOrder()).param("enabled", form.isEnabled())
                .param("extra", form.getExtra()).update();
        EntryRow created = find(type, code);
        announce("CREATE", created, null, created.auditValues());
        return created;
    }

    /** Updates labels, order and the enabled flag; the code stays as created. */
    @Transactional
    @PreAuthorize(EDIT)
    public EntryRow update(DictionaryType type, String code, EntryForm form) {
        EntryRow before = find(type, code);
        int changed = jdbc.sql("""
                update dict_entry set label_zh = :zh, label_en = :en, sort_order = :order, enabled = :enabled,
                       extra = :extra, version = version + 1
                 where id = :id and version = :version""")
                .param("zh", form.getLabelZh()).param("en", form.getLabelEn()).param("order", form.getSortOrder())
                .param("enabled", form.isEnabled()).param("extra", form.getExtra()).param("id", before.id())
                .param("version", form.getVersion() == null ? -1 : form.getVersion()).update();
        if (changed == 0) {
            throw new ConcurrentEditException("Dictionary entry", type + "/" + code);
        }
        EntryRow after = find(type, code);
        announce("UPDATE", after, before.auditValues(), after.auditValues());
        return after.withInUse(usages.inUse(type, code));
    }

    /** Switches an entry on or off; a disabled entry is no longer offered but old records still show it. */
    @Transactional
    @PreAuthorize(EDIT)
    public EntryRow setEnabled(DictionaryType type, String code, boolean enabled) {
        EntryRow before = find(type, code);
        jdbc.sql("update dict_entry set enabled = :enabled, version = version + 1 where id = :id")
                .param("enabled", enabled).param("id", before.id()).update();
        EntryRow after = find(type, code);
        announce("UPDATE", after, before.auditValues(), after.auditValues());
        return after.withInUse(usages.inUse(type, code));
    }

    /** Deletes an entry that no record uses; one in use can only be disabled. */
    @Transactional
    @PreAuthorize(EDIT)
    public void delete(DictionaryType type, String code) {
        EntryRow before = find(type, code);
        if (usages.inUse(type, code)) {
            throw new RuleViolationException("dictionary.entry.in-use.refused",
                    "The entry " + code + " is in use; disable it instead of deleting it", code);
        }
        jdbc.sql("delete from dict_entry where id = :id").param("id", before.id()).update();
        announce("DELETE", before, before.auditValues(), null);
    }

    private EntryRow find(DictionaryType type, String code) {
        return jdbc.sql("select " + COLUMNS + " from dict_entry where type = :type and code = :code")
                .param("type", type.name()).param("code", code).query(this::map).optional()
                .orElseThrow(() -> new RecordNotFoundException("Dictionary entry", type + "/" + code));
    }

    private void announce(String action, EntryRow entry, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(new DictionaryChanged(action, "dictionary", entry.id(),
                entry.type().name() + "/" + entry.code() + " " + entry.labelZh(), before, after));
    }

    private EntryRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EntryRow(rs.getLong("id"), DictionaryType.valueOf(rs.getString("type")), rs.getString("code"),
                rs.getString("label_zh"), rs.getString("label_en"), rs.getInt("sort_order"), rs.getBoolean("enabled"),
                rs.getLong("version"), false, rs.getString("extra"));
    }
}

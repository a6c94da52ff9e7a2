package org.kehu.dictionary.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.dictionary.DictionaryType;

/** An entry as the administration sees it: with its id, version and whether any record uses it. */
public record EntryRow(long id, DictionaryType type, String code, String labelZh, String labelEn, int sortOrder,
        boolean enabled, long version, boolean inUse, String extra) {

    EntryRow withInUse(boolean used) {
        return new EntryRow(id, type, code, labelZh, labelEn, sortOrder, enabled, version, used, extra);
    }

    Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type.name());
        m.put("code", code);
        m.put("labelZh", labelZh);
        m.put("labelEn", labelEn);
        m.put("sortOrder", sortOrder);
        m.put("enabled", enabled);
        m.put("extra", extra);
        return m;
    }
}

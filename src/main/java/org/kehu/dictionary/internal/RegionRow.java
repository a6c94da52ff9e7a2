package org.kehu.dictionary.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A province or city as the administration sees it: with its version, its number of cities and whether it is in use. */
public record RegionRow(String code, String parentCode, int level, String nameZh, String nameEn, int sortOrder,
        boolean enabled, long version, int cities, boolean inUse) {

    public boolean province() {
        return level == 1;
    }

    RegionRow withInUse(boolean used) {
        return new RegionRow(code, parentCode, level, nameZh, nameEn, sortOrder, enabled, version, cities, used);
    }

    Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("parentCode", parentCode);
        m.put("nameZh", nameZh);
        m.put("nameEn", nameEn);
        m.put("sortOrder", sortOrder);
        m.put("enabled", enabled);
        return m;
    }
}

package org.kehu.identity.internal;

import java.time.Instant;

/** A user as the administration list shows them; the role names in both languages. */
public record UserRow(long id, String username, String name, String employeeCode, String departmentName,
        String positionCode, boolean enabled, Instant lockedUntil, String rolesZh, String rolesEn) {

    /** The names of the user's roles in the reader's language. */
    public String roles(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? rolesZh : rolesEn;
    }

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}

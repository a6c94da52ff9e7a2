package org.kehu.identity.internal;

import java.time.Instant;

/** A user as the administration list shows them. */
public record UserRow(long id, String username, String name, String employeeCode, String departmentName,
        String positionCode, boolean enabled, Instant lockedUntil, String roles) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}

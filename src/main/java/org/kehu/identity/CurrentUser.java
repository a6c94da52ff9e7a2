package org.kehu.identity;

import java.io.Serializable;
import java.util.Set;

/** The signed-in staff member, as every module sees them. */
public record CurrentUser(long id, String username, String name, Long departmentId, DataScope dataScope,
        Set<String> permissions) implements Serializable {

    public boolean can(Permission permission) {
        return permissions.contains(permission.authority());
    }
}

package org.kehu.identity.internal;

/** Filters of the user list; null means "any". */
public record UserFilter(String q, Long departmentId, Long roleId, Boolean enabled, int page) {

    public static final int PAGE_SIZE = 20;
}

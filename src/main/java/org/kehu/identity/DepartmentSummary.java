package org.kehu.identity;

/** A department as other modules see it: to route work to it and to show its name. */
public record DepartmentSummary(long id, String code, String name) {
}

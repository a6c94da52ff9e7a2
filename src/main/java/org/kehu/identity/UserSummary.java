package org.kehu.identity;

/** What other modules need to show a user: id, username, name and department. */
public record UserSummary(long id, String username, String name, Long departmentId, String departmentName) {
}

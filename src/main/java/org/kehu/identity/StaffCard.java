package org.kehu.identity;

/**
 * A staff member as the address book shows them: name, department and how to reach them (office phone and
 * e-mail address as the administrator entered them; either may be empty).
 */
public record StaffCard(long id, String username, String name, Long departmentId, String departmentName, String phone,
        String email) {
}

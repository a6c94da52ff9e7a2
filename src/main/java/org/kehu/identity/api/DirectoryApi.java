package org.kehu.identity.api;

import java.util.List;

import org.kehu.identity.internal.DepartmentAdmin;
import org.kehu.identity.internal.UserAdmin;
import org.kehu.identity.internal.UserFilter;
import org.kehu.identity.internal.UserRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the staff directory for other systems: users and the department tree. */
@RestController
@RequestMapping("/api/v1")
class DirectoryApi {

    private final UserAdmin users;
    private final DepartmentAdmin departments;

    DirectoryApi(UserAdmin users, DepartmentAdmin departments) {
        this.users = users;
        this.departments = departments;
    }

    record UserPage(List<UserRow> items, int page, boolean hasNext) {
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('user.view')")
    UserPage users(@RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long roleId, @RequestParam(required = false) Boolean enabled,
            @RequestParam(defaultValue = "0") int page) {
        var rows = users.search(new UserFilter(q, departmentId, roleId, enabled, page));
        boolean hasNext = rows.size() > UserFilter.PAGE_SIZE;
        return new UserPage(hasNext ? rows.subList(0, UserFilter.PAGE_SIZE) : rows, Math.max(0, page), hasNext);
    }

    @GetMapping("/departments")
    List<DepartmentAdmin.Node> departments() {
        return departments.tree();
    }
}

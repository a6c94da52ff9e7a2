package org.kehu.identity.api;

import java.util.List;

import org.kehu.identity.internal.DepartmentAdmin;
import org.kehu.identity.internal.UserAdmin;
import org.kehu.identity.internal.UserFilter;
import org.kehu.identity.internal.UserRow;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
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

    /** Users by name, paged by keyset: pass {@code next} as {@code after}, {@code previous} as {@code before}. */
    @GetMapping("/users")
    @PreAuthorize("hasAuthority('user.view')")
    KeysetPage<UserRow> users(@RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long roleId, @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before,
            @RequestParam(defaultValue = "50") int size) {
        return users.page(new UserFilter(q, departmentId, roleId, enabled), after, before,
                PageBounds.size(size, UserFilter.MAX_PAGE_SIZE));
    }

    @GetMapping("/departments")
    List<DepartmentAdmin.Node> departments() {
        return departments.tree();
    }
}

package org.kehu.analytics.targets;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Who has a row on a target sheet: the people who sell (they may create orders), within the reader's data scope,
 * narrowed to a department (with its sub-departments) or to one person. A director sees his department's people, an
 * account manager himself, an executive everyone.
 */
@Component
public class TargetPeople {

    private final UserDirectory users;

    TargetPeople(UserDirectory users) {
        this.users = users;
    }

    /** The sellers the reader may see, by department and name. */
    public List<UserSummary> of(CurrentUser reader, Long department, Long user) {
        OwnerScope scope = users.ownerScope(reader);
        Set<Long> inDepartment = department == null ? null : new HashSet<>(users.usersInDepartmentTree(department));
        return users.usersWith(Permission.ORDER_CREATE).stream()
                .filter(u -> scope.permits(u.id()))
                .filter(u -> inDepartment == null || inDepartment.contains(u.id()))
                .filter(u -> user == null || u.id() == user)
                .sorted(Comparator.comparing((UserSummary u) -> u.departmentName() == null ? "" : u.departmentName())
                        .thenComparing(UserSummary::name))
                .toList();
    }
}

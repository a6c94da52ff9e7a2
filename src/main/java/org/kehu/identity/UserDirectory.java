package org.kehu.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is signed in, what they may see and who the other staff are. Other modules call this, never
 * the identity tables.
 */
@Service
public class UserDirectory {

    private static final String SUMMARY = """
            select u.id, u.username, u.name, u.department_id, d.name as department_name
              from app_user u left join department d on d.id = u.department_id
            """;

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUserHolder holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    public CurrentUser requireCurrentUser() {
        return currentUser().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The owners whose records the signed-in user may see. */
    public OwnerScope ownerScope() {
        return ownerScope(requireCurrentUser());
    }

    public OwnerScope ownerScope(CurrentUser user) {
        return switch (user.dataScope()) {
            case ALL -> OwnerScope.everything();
            case OWN -> OwnerScope.of(List.of(user.id()));
            case DEPARTMENT -> user.departmentId() == null ? OwnerScope.of(List.of(user.id()))
                    : OwnerScope.of(usersInDepartmentTree(user.departmentId()));
        };
    }

    /** Users of a department and all its sub-departments. */
    public List<Long> usersInDepartmentTree(long departmentId) {
        return jdbc.sql("""
                with recursive tree(id) as (
                    select id from department where id = :dept
                    union all
                    select d.id from department d join tree t on d.parent_id = t.id)
                select u.id from app_user u where u.department_id in (select id from tree) order by u.id
                """).param("dept", departmentId).query(Long.class).list();
    }

    /** A department and the departments above it, up to the top: what is addressed to any of them reaches it. */
    public List<Long> departmentAndParents(long departmentId) {
        return jdbc.sql("""
                with recursive up(id, parent_id) as (
                    select id, parent_id from department where id = :dept
                    union
                    select d.id, d.parent_id from department d join up on d.id = up.parent_id)
                select id from up order by id
                """).param("dept", departmentId).query(Long.class).list();
    }

    /** Every enabled user, by name: the people one may write to. */
    public List<UserSummary> activeUsers() {
        return jdbc.sql(SUMMARY + " where u.enabled order by u.name, u.id").query(UserSummary.class).list();
    }

    /** Every department, in the order the organisation lists them. */
    public List<DepartmentSummary> departments() {
        return jdbc.sql("select id, code, name from department order by sort_order, name")
                .query(DepartmentSummary.class).list();
    }

    /** Every enabled staff member with phone and e-mail, by department and name: the public address book. */
    public List<StaffCard> staffCards() {
        return jdbc.sql("""
                select u.id, u.username, u.name, u.department_id, d.name as department_name, u.phone, u.email
                  from app_user u left join department d on d.id = u.department_id
                 where u.enabled
                 order by d.sort_order nulls last, d.name nulls last, u.name, u.id""").query(StaffCard.class).list();
    }

    public Optional<DepartmentSummary> department(long id) {
        return jdbc.sql("select id, code, name from department where id = :id").param("id", id)
                .query(DepartmentSummary.class).optional();
    }

    /** The head of a department, who records leader instructions for what is routed to it; empty when none is set. */
    public Optional<Long> departmentHead(long departmentId) {
        return jdbc.sql("select head_user_id from department where id = :id and head_user_id is not null")
                .param("id", departmentId).query(Long.class).optional();
    }

    public Optional<UserSummary> user(long id) {
        return jdbc.sql(SUMMARY + " where u.id = :id").param("id", id).query(UserSummary.class).optional();
    }

    public Optional<UserSummary> userByUsername(String username) {
        return jdbc.sql(SUMMARY + " where u.username = :username").param("username", username)
                .query(UserSummary.class).optional();
    }

    /** Enabled users holding a permission through one of their roles, by name. */
    public List<UserSummary> usersWith(Permission permission) {
        return jdbc.sql(SUMMARY + """
                 where u.enabled and exists (select 1 from user_role ur join role_permission rp on rp.role_id = ur.role_id
                                              where ur.user_id = u.id and rp.permission = :permission)
                 order by u.name
                """).param("permission", permission.authority()).query(UserSummary.class).list();
    }

    /** Enabled users the current user may hand records to: those within their own data scope. */
    public List<UserSummary> assignableOwners(Permission permission) {
        OwnerScope scope = ownerScope();
        return usersWith(permission).stream().filter(u -> scope.permits(u.id())).toList();
    }

    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, name from app_user where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Implemented by the security principal so that modules can read the current user from it. */
    public interface CurrentUserHolder {
        CurrentUser currentUser();
    }
}

package org.kehu.identity.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.DataScope;
import org.kehu.identity.Permission;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles and their permissions. A change reaches a user at their next login, because the permissions
 * are read into the session's principal when they sign in.
 */
@Service
public class RoleAdmin {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RoleAdmin(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A role in the list. */
    public record RoleRow(long id, String code, String nameZh, String nameEn, DataScope dataScope, boolean systemRole,
            long userCount, long permissionCount) {
    }

    public List<RoleRow> list() {
        return jdbc.sql("""
                select r.id, r.code, r.name_zh, r.name_en, r.data_scope, r.system_role,
                       (select count(*) from user_role ur where ur.role_id = r.id) as user_count,
                       (select count(*) from role_permission rp where rp.role_id = r.id) as permission_count
                  from role r order by r.system_role desc, r.code""").query(RoleRow.class).list();
    }

    public RoleForm form(long id) {
        RoleForm form = jdbc.sql("select code, name_zh, name_en, data_scope, system_role, version from role where id = :id")
                .param("id", id).query((rs, n) -> {
                    RoleForm f = new RoleForm();
                    f.setCode(rs.getString("code"));
                    f.setNameZh(rs.getString("name_zh"));
                    f.setNameEn(rs.getString("name_en"));
                    f.setDataScope(DataScope.valueOf(rs.getString("data_scope")));
                    f.setSystemRole(rs.getBoolean("system_role"));
                    f.setVersion(rs.getLong("version"));
                    return f;
                }).optional().orElseThrow(() -> new RecordNotFoundException("Role", id));
        form.setPermissions(new LinkedHashSet<>(jdbc.sql("select permission from role_permission where role_id = :id order by permission")
                .param("id", id).query(String.class).list()));
        return form;
    }

    @Transactional
    public long create(RoleForm form) {
        check(form, null);
        long id = jdbc.sql("""
                insert into role(code, name_zh, name_en, data_scope, system_role) values (:c, :zh, :en, :scope, false) returning id""")
                .param("c", form.getCode()).param("zh", form.getNameZh()).param("en", form.getNameEn())
                .param("scope", form.getDataScope().name()).query(Long.class).single();
        writePermissions(id, form);
        audit.recordChange(AuditAction.CREATE, "role", id, form.getCode(), null, values(form));
        return id;
    }

    @Transactional
    public void update(long id, RoleForm form) {
        RoleForm old = form(id);
        check(form, id);
        if (old.isSystemRole() && !old.getCode().equals(form.getCode())) {
            throw InvalidInputException.of("code", "identity.role.code.system");
        }
        int changed = jdbc.sql("""
                update role set code = :c, name_zh = :zh, name_en = :en, data_scope = :scope, version = version + 1
                 where id = :id and version = :v""")
                .param("c", form.getCode()).param("zh", form.getNameZh()).param("en", form.getNameEn())
                .param("scope", form.getDataScope().name()).param("id", id).param("v", form.getVersion()).update();
        if (changed == 0) {
            throw new ConcurrentEditException("Role", id);
        }
        jdbc.sql("delete from role_permission where role_id = :id").param("id", id).update();
        writePermissions(id, form);
        audit.recordChange(AuditAction.UPDATE, "role", id, form.getCode(), values(old), values(form));
    }

    /** Deletes a role no one holds; the roles of SPEC are kept (they may be edited). */
    @Transactional
    public void delete(long id) {
        RoleForm old = form(id);
        if (old.isSystemRole()) {
            throw new RuleViolationException("identity.role.delete.system", "A system role cannot be deleted");
        }
        if (jdbc.sql("select exists (select 1 from user_role where role_id = :id)").param("id", id).query(Boolean.class).single()) {
            throw new RuleViolationException("identity.role.delete.in-use", "Users hold this role");
        }
        jdbc.sql("delete from role where id = :id").param("id", id).update();
        audit.recordChange(AuditAction.DELETE, "role", id, old.getCode(), values(old), null);
    }

    private void check(RoleForm form, Long id) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.getCode() != null && jdbc.sql("select exists (select 1 from role where code = :c and id <> :id)")
                .param("c", form.getCode()).param("id", id == null ? -1 : id).query(Boolean.class).single()) {
            problems.put("code", "identity.role.code.taken");
        }
        for (String p : form.getPermissions()) {
            try {
                Permission.ofAuthority(p);
            } catch (IllegalArgumentException e) {
                problems.put("permissions", "identity.role.permission.unknown");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void writePermissions(long roleId, RoleForm form) {
        for (String p : new TreeSet<>(form.getPermissions())) {
            jdbc.sql("insert into role_permission(role_id, permission) values (:r, :p)").param("r", roleId)
                    .param("p", Permission.ofAuthority(p).authority()).update();
        }
    }

    private static Map<String, Object> values(RoleForm f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", f.getCode());
        v.put("nameZh", f.getNameZh());
        v.put("nameEn", f.getNameEn());
        v.put("dataScope", f.getDataScope().name());
        v.put("permissions", String.join(", ", new TreeSet<>(f.getPermissions())));
        return v;
    }
}

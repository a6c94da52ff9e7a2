package org.kehu.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on user accounts. Every change is audited with the old and new values;
 * password hashes never reach the audit log.
 */
@Service
public class UserAdmin {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Dictionary dictionary;
    private final UserDirectory directory;

    UserAdmin(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, Dictionary dictionary, UserDirectory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.dictionary = dictionary;
    }

    /**
     * A page of users by name (then id): after the cursor {@code after}, or the page before the cursor
     * {@code before}; a cursor carries the name and the id of the row it names.
     */
    @Transactional(readOnly = true)
    public KeysetPage<UserRow> page(UserFilter filter, String after, String before, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = ROW + where(filter, params);
        boolean backwards = !Cursor.given(after) && Cursor.given(before);
        String cursor = backwards ? before : Cursor.given(after) ? after : null;
        if (cursor != null) {
            Cursor.Position<String> at = Cursor.parse(cursor, backwards ? "before" : "after", String.class);
            sql += " and (u.name, u.id) " + (backwards ? "<" : ">") + " (:cursor, :cursorId)";
            params.put("cursor", at.value());
            params.put("cursorId", at.id());
        }
        sql += (backwards ? " order by u.name desc, u.id desc" : " order by u.name, u.id") + " limit " + (size + 1);
        return KeysetPage.of(jdbc.sql(sql).params(params).query(UserRow.class).list(), size, backwards,
                cursor != null, false, r -> Cursor.of(r.name(), r.id()));
    }

    /** How many users the filter matches, counted up to the cap. */
    @Transactional(readOnly = true)
    public CappedCount count(UserFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return new CappedCount(jdbc.sql(CappedCount.sql("from app_user u" + where(filter, params))).params(params)
                .query(Long.class).single());
    }

    /** Every user the filter matches, by name, handed over one at a time: the export. */
    @Transactional(readOnly = true)
    public void each(UserFilter filter, java.util.function.Consumer<UserRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        try (var rows = jdbc.sql(ROW + where + " order by u.name, u.id").params(params).query(UserRow.class).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(UserFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (u.name ilike :q or u.username ilike :q or u.employee_code ilike :q)");
            params.put("q", Like.contains(filter.q()));
        }
        if (filter.departmentId() != null) {
            where.append(" and u.department_id = :dept");
            params.put("dept", filter.departmentId());
        }
        if (filter.roleId() != null) {
            where.append(" and exists (select 1 from user_role x where x.user_id = u.id and x.role_id = :role)");
            params.put("role", filter.roleId());
        }
        if (filter.enabled() != null) {
            where.append(" and u.enabled = :enabled");
            params.put("enabled", filter.enabled());
        }
        return where.toString();
    }

    private static final String ROW = """
            select u.id, u.username, u.name, u.employee_code, d.name as department_name, u.position_code, u.enabled,
                   u.locked_until,
                   (select string_agg(r.name_zh, '、' order by r.code) from user_role ur join role r on r.id = ur.role_id
                     where ur.user_id = u.id) as roles_zh,
                   (select string_agg(r.name_en, ', ' order by r.code) from user_role ur join role r on r.id = ur.role_id
                     where ur.user_id = u.id) as roles_en
              from app_user u left join department d on d.id = u.department_id
            """;

    public UserRow row(long id) {
        return jdbc.sql(ROW + " where u.id = :id").param("id", id).query(UserRow.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("User", id));
    }

    @Transactional(readOnly = true)
    public UserForm form(long id) {
        return load(id).orElseThrow(() -> new RecordNotFoundException("User", id));
    }

    private Optional<UserForm> load(long id) {
        return jdbc.sql("""
                select username, name, employee_code, department_id, position_code, level_code, phone, email, enabled, version
                  from app_user where id = :id""").param("id", id).query((rs, n) -> {
                    UserForm f = new UserForm();
                    f.setUsername(rs.getString("username"));
                    f.setName(rs.getString("name"));
                    f.setEmployeeCode(rs.getString("employee_code"));
                    f.setDepartmentId(rs.getObject("department_id", Long.class));
                    f.setPositionCode(rs.getString("position_code"));
                    f.setLevelCode(rs.getString("level_code"));
                    f.setPhone(rs.getString("phone"));
                    f.setEmail(rs.getString("email"));
                    f.setEnabled(rs.getBoolean("enabled"));
                    f.setVersion(rs.getLong("version"));
                    return f;
                }).optional().map(f -> {
                    f.setRoleIds(new ArrayList<>(jdbc.sql("select role_id from user_role where user_id = :id order by role_id")
                            .param("id", id).query(Long.class).list()));
                    return f;
                });
    }

    /** Creates a user; answers the id and the initial password (typed or generated), to be shown once. */
    @Transactional
    public Created create(UserForm form) {
        check(form, null);
        String password = form.getInitialPassword() == null ? generatePassword() : form.getInitialPassword();
        PasswordRules.problem(password, form.getUsername()).ifPresent(key -> {
            throw InvalidInputException.of("initialPassword", key);
        });
        long id = jdbc.sql("""
                insert into app_user(username, password_hash, name, employee_code, department_id, position_code, level_code,
                                     phone, email, enabled)
                values (:username, :hash, :name, :code, :dept, :position, :level, :phone, :email, :enabled) returning id""")
                .param("username", form.getUsername()).param("hash", encoder.encode(password)).param("name", form.getName())
                .param("code", form.getEmployeeCode()).param("dept", form.getDepartmentId())
                .param("position", form.getPositionCode()).param("level", form.getLevelCode())
                .param("phone", form.getPhone()).param("email", form.getEmail()).param("enabled", form.isEnabled())
                .query(Long.class).single();
        writeRoles(id, form.getRoleIds());
        audit.recordChange(AuditAction.CREATE, "user", id, form.getUsername(), null, auditValues(form));
        return new Created(id, password);
    }

    public record Created(long id, String password) {
    }

    /** Saves the changes unless someone else saved the user since the form was opened (409). */
    @Transactional
    public void update(long id, UserForm form) {
        UserForm old = form(id);
        if (!form.isEnabled() && directory.currentUser().map(u -> u.id() == id).orElse(false)) {
            throw InvalidInputException.of("enabled", "identity.user.self");
        }
        check(form, id);
        int changed = jdbc.sql("""
                update app_user set username = :username, name = :name, employee_code = :code, department_id = :dept,
                       position_code = :position, level_code = :level, phone = :phone, email = :email, enabled = :enabled,
                       updated_at = now(), version = version + 1
                 where id = :id and version = :version""")
                .param("username", form.getUsername()).param("name", form.getName())
                .param("code", form.getEmployeeCode()).param("dept", form.getDepartmentId())
                .param("position", form.getPositionCode()).param("level", form.getLevelCode())
                .param("phone", form.getPhone()).param("email", form.getEmail()).param("enabled", form.isEnabled())
                .param("id", id).param("version", form.getVersion()).update();
        if (changed == 0) {
            throw new ConcurrentEditException("User", id);
        }
        jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
        writeRoles(id, form.getRoleIds());
        audit.recordChange(AuditAction.UPDATE, "user", id, form.getUsername(), auditValues(old), auditValues(form));
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserForm old = form(id);
        if (!enabled) {
            refuseSelf(id);
        }
        jdbc.sql("update app_user set enabled = :e, updated_at = now(), version = version + 1 where id = :id")
                .param("e", enabled).param("id", id).update();
        audit.recordChange(AuditAction.UPDATE, "user", id, old.getUsername(), Map.of("enabled", old.isEnabled()),
                Map.of("enabled", enabled));
    }

    /** Sets a new password (typed or generated) and answers it, to be shown to the administrator once. */
    @Transactional
    public String resetPassword(long id, String typed) {
        UserForm user = form(id);
        String password = UserForm.trim(typed) == null ? generatePassword() : typed.trim();
        PasswordRules.problem(password, user.getUsername()).ifPresent(key -> {
            throw InvalidInputException.of("password", key);
        });
        jdbc.sql("update app_user set password_hash = :hash, failed_logins = 0, locked_until = null, updated_at = now() where id = :id")
                .param("hash", encoder.encode(password)).param("id", id).update();
        audit.recordChange(AuditAction.UPDATE, "user", id, user.getUsername() + ": password reset", null,
                Map.of("password", "(reset)"));
        return password;
    }

    @Transactional
    public void unlock(long id) {
        UserForm user = form(id);
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = :id").param("id", id).update();
        audit.recordChange(AuditAction.UPDATE, "user", id, user.getUsername() + ": unlocked", Map.of("locked", true),
                Map.of("locked", false));
    }

    /**
     * Deletes a user who owns nothing. Records of other modules reference the user with foreign keys,
     * so the database is the one that knows: a violation means "disable instead".
     */
    @Transactional
    public void delete(long id) {
        UserForm user = form(id);
        refuseSelf(id);
        boolean everLoggedIn = jdbc.sql("select exists (select 1 from audit_log where action = 'LOGIN' and actor_id = :id)")
                .param("id", id).query(Boolean.class).single();
        if (everLoggedIn) {
            throw new RuleViolationException("identity.user.delete.used", "The user has signed in; disable them instead");
        }
        try {
            jdbc.sql("delete from app_user where id = :id").param("id", id).update();
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolationException("identity.user.delete.owns", "The user owns records; disable them instead");
        }
        audit.recordChange(AuditAction.DELETE, "user", id, user.getUsername(), auditValues(user), null);
    }

    /** An administrator who disables or deletes themselves may leave no one able to administer. */
    private void refuseSelf(long id) {
        if (directory.currentUser().map(u -> u.id() == id).orElse(false)) {
            throw new RuleViolationException("identity.user.self", "You cannot disable or delete your own account");
        }
    }

    private void check(UserForm form, Long id) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.getUsername() != null && jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(:u) and id <> :id)")
                .param("u", form.getUsername()).param("id", id == null ? -1 : id).query(Boolean.class).single()) {
            problems.put("username", "identity.user.username.taken");
        }
        if (form.getEmployeeCode() != null && jdbc.sql("select exists (select 1 from app_user where employee_code = :c and id <> :id)")
                .param("c", form.getEmployeeCode()).param("id", id == null ? -1 : id).query(Boolean.class).single()) {
            problems.put("employeeCode", "identity.user.employee-code.taken");
        }
        if (form.getDepartmentId() != null && !jdbc.sql("select exists (select 1 from department where id = :d)")
                .param("d", form.getDepartmentId()).query(Boolean.class).single()) {
            problems.put("departmentId", "identity.user.department.unknown");
        }
        if (form.getPositionCode() != null && !dictionary.isValid(DictionaryType.POSITION, form.getPositionCode())) {
            problems.put("positionCode", "identity.user.dictionary.unknown");
        }
        if (form.getLevelCode() != null && !dictionary.isValid(DictionaryType.LEVEL, form.getLevelCode())) {
            problems.put("levelCode", "identity.user.dictionary.unknown");
        }
        long knownRoles = form.getRoleIds().isEmpty() ? 0 : jdbc.sql("select count(*) from role where id = any(:ids)")
                .param("ids", form.getRoleIds().stream().distinct().toArray(Long[]::new)).query(Long.class).single();
        if (knownRoles != form.getRoleIds().stream().distinct().count()) {
            problems.put("roleIds", "identity.user.role.unknown");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void writeRoles(long userId, List<Long> roleIds) {
        for (Long roleId : roleIds.stream().distinct().toList()) {
            jdbc.sql("insert into user_role(user_id, role_id) values (:u, :r)").param("u", userId).param("r", roleId).update();
        }
    }

    private Map<String, Object> auditValues(UserForm f) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", f.getUsername());
        values.put("name", f.getName());
        values.put("employeeCode", f.getEmployeeCode());
        values.put("department", f.getDepartmentId() == null ? null
                : jdbc.sql("select name from department where id = :id").param("id", f.getDepartmentId()).query(String.class)
                        .optional().orElse(null));
        values.put("position", f.getPositionCode());
        values.put("level", f.getLevelCode());
        values.put("phone", f.getPhone());
        values.put("email", f.getEmail());
        values.put("enabled", f.isEnabled());
        values.put("roles", f.getRoleIds().isEmpty() ? "" : String.join(", ", jdbc.sql(
                "select code from role where id = any(:ids) order by code")
                .param("ids", f.getRoleIds().toArray(Long[]::new)).query(String.class).list()));
        return values;
    }

    static String generatePassword() {
        StringBuilder s = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}

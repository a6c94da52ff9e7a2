package org.kehu.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff principals with their permissions and widest data scope; keeps the failed-login count. */
@Component
public class StaffAccounts implements UserDetailsService {

    static final int MAX_FAILED_LOGINS = 5;
    static final java.time.Duration LOCK_DURATION = java.time.Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return load("u.username = :key", username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<StaffPrincipal> loadById(long id) {
        return load("u.id = :key", id);
    }

    private Optional<StaffPrincipal> load(String condition, Object key) {
        record Row(long id, String username, String name, Long departmentId, String passwordHash, boolean enabled,
                Instant lockedUntil, String[] permissions, String[] scopes) {
        }
        // One round trip: the user with the permissions and data scopes of all their roles.
        Optional<Row> row = jdbc.sql("""
                select u.id, u.username, u.name, u.department_id, u.password_hash, u.enabled, u.locked_until,
                       array(select distinct rp.permission from user_role ur join role_permission rp on rp.role_id = ur.role_id
                              where ur.user_id = u.id) as permissions,
                       array(select r.data_scope from user_role ur join role r on r.id = ur.role_id
                              where ur.user_id = u.id) as scopes
                  from app_user u where %s""".formatted(condition)).param("key", key)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                        (Long) rs.getObject("department_id"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                        rs.getObject("locked_until", java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject("locked_until", java.time.OffsetDateTime.class).toInstant(),
                        (String[]) rs.getArray("permissions").getArray(), (String[]) rs.getArray("scopes").getArray()))
                .optional();
        return row.map(r -> {
            DataScope scope = java.util.Arrays.stream(r.scopes()).map(DataScope::valueOf)
                    .reduce(DataScope.OWN, DataScope::widest);
            boolean nonLocked = r.lockedUntil() == null || r.lockedUntil().isBefore(Instant.now());
            var user = new CurrentUser(r.id(), r.username(), r.name(), r.departmentId(), scope, Set.of(r.permissions()));
            return new StaffPrincipal(user, r.passwordHash(), r.enabled(), nonLocked);
        });
    }

    /** Counts a failed login; the fifth in a row locks the account for fifteen minutes. */
    @Transactional
    public void loginFailed(String username) {
        jdbc.sql("""
                update app_user set failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                       locked_until = case when failed_logins + 1 >= :max then now() + make_interval(mins => :mins) else locked_until end
                 where username = :username""")
                .param("max", MAX_FAILED_LOGINS).param("mins", (int) LOCK_DURATION.toMinutes())
                .param("username", username).update();
    }

    @Transactional
    public void loginSucceeded(long userId) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = :id").param("id", userId).update();
    }

    public Optional<Long> idOf(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).optional();
    }
}

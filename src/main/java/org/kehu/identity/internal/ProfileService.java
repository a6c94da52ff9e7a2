package org.kehu.identity.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user does for themselves: change their password, keep personal access tokens. */
@Service
public class ProfileService {

    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    ProfileService(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** A user's own details as the profile page shows them. */
    public record Profile(long id, String username, String name, String employeeCode, String departmentName,
            String positionCode, String levelCode, String phone, String email, String roles) {
    }

    public Profile profile(long userId) {
        return jdbc.sql("""
                select u.id, u.username, u.name, u.employee_code, d.name as department_name, u.position_code, u.level_code,
                       u.phone, u.email,
                       (select string_agg(coalesce(r.name_zh, r.code), ', ' order by r.code) from user_role ur
                          join role r on r.id = ur.role_id where ur.user_id = u.id) as roles
                  from app_user u left join department d on d.id = u.department_id where u.id = :id""")
                .param("id", userId).query(Profile.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("User", userId));
    }

    /** Changes the user's own password after checking the current one; problems name their fields. */
    @Transactional
    public void changePassword(long userId, String current, String newPassword, String repeated) {
        Map<String, String> problems = new LinkedHashMap<>();
        record Account(String username, String passwordHash) {
        }
        Account account = jdbc.sql("select username, password_hash from app_user where id = :id").param("id", userId)
                .query(Account.class).single();
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            problems.put("currentPassword", "identity.password.current-wrong");
        }
        var broken = PasswordRules.problem(newPassword, account.username());
        if (broken.isPresent()) {
            problems.put("newPassword", broken.get());
        } else if (!newPassword.equals(repeated)) {
            problems.put("repeatPassword", "identity.password.mismatch");
        } else if (newPassword.equals(current)) {
            problems.put("newPassword", "identity.password.same");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("update app_user set password_hash = :hash, updated_at = now() where id = :id")
                .param("hash", encoder.encode(newPassword)).param("id", userId).update();
        audit.recordChange(AuditAction.UPDATE, "user", userId, "own password changed", null, Map.of("password", "(changed)"));
    }

    /** A personal access token without its value, which is never stored. */
    public record Token(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }

        /** For pages: the local time of creation. */
        public java.time.LocalDateTime createdLocal() {
            return AuditLog.local(createdAt);
        }

        public java.time.LocalDateTime lastUsedLocal() {
            return AuditLog.local(lastUsedAt);
        }
    }

    /** A token just created: the value is shown this once. */
    public record NewToken(long id, String name, String token) {
    }

    public List<Token> tokens(long userId) {
        return jdbc.sql("""
                select id, name, prefix, created_at, last_used_at, revoked_at from api_token
                 where user_id = :u order by created_at desc, id desc""").param("u", userId).query(Token.class).list();
    }

    @Transactional
    public NewToken createToken(long userId, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.of("name", "identity.token.name.required");
        }
        if (trimmed.length() > 100) {
            throw InvalidInputException.of("name", "identity.token.name.too-long");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "kehu_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                insert into api_token(user_id, name, token_hash, prefix) values (:u, :name, :hash, :prefix) returning id""")
                .param("u", userId).param("name", trimmed).param("hash", ApiTokenAuthenticationFilter.sha256(token))
                .param("prefix", token.substring(0, 12)).query(Long.class).single();
        audit.recordChange(AuditAction.CREATE, "api_token", id, trimmed, null, Map.of("name", trimmed, "prefix", token.substring(0, 12)));
        return new NewToken(id, trimmed, token);
    }

    /** Revokes one of the user's own tokens; another user's token is "not found". */
    @Transactional
    public void revokeToken(long userId, long tokenId) {
        int changed = jdbc.sql("update api_token set revoked_at = coalesce(revoked_at, now()) where id = :id and user_id = :u")
                .param("id", tokenId).param("u", userId).update();
        if (changed == 0) {
            throw new RecordNotFoundException("Token", tokenId);
        }
        audit.recordChange(AuditAction.UPDATE, "api_token", tokenId, "revoked", null, Map.of("revoked", true));
    }
}

package org.kehu.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without any user (an external one, without demo data) creates the administrator
 * {@code admin}, with the password from {@code KEHU_ADMIN_PASSWORD} or a generated one printed once.
 * Runs after the demo data, which brings its own administrator. {@code kehu.first-administrator=false} turns
 * it off: a test of the identity module alone must leave the empty database to the demo data of later tests.
 */
@Component
@ConditionalOnBooleanProperty(name = "kehu.first-administrator", matchIfMissing = true)
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    FirstAdministrator(JdbcClient jdbc, PasswordEncoder encoder,
            @Value("${KEHU_ADMIN_PASSWORD:${kehu.admin-password:}}") String configuredPassword) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        // The administrator's password is the most valuable one: the same rules as every other, said at start-up.
        PasswordRules.problem(password, "admin").ifPresent(key -> {
            throw new IllegalStateException("KEHU_ADMIN_PASSWORD is refused (" + key + "): use at least "
                    + PasswordRules.MIN_LENGTH + " characters, not a common password and not the username");
        });
        long id = jdbc.sql("""
                insert into app_user(username, password_hash, name, employee_code) values ('admin', :hash, '系统管理员', 'A0001')
                returning id""").param("hash", encoder.encode(password)).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'ADMIN'").param("id", id).update();
        if (generated) {
            log.warn("""

                    ============================================================
                     First administrator created: admin / {}
                     This password is shown only now; change it after signing in.
                    ============================================================""", password);
        } else {
            log.info("First administrator 'admin' created with the password from KEHU_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

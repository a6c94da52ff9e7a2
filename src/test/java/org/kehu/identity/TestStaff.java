package org.kehu.identity;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates throw-away staff accounts so that tests leave the demo logins alone. */
final class TestStaff {

    /**
     * Spring Session's cookie. Sessions live in the database, not in the servlet container, so a test that signs in
     * carries this cookie from request to request as a browser does (a MockHttpSession would not be read).
     */
    static final String SESSION_COOKIE = "SESSION";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestStaff() {
    }

    static String uniqueName(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "_" + COUNTER.incrementAndGet();
    }

    /** A user with the given role code and password; answers the username. */
    static String create(JdbcClient jdbc, PasswordEncoder encoder, String roleCode, String password) {
        String username = uniqueName("t");
        long id = jdbc.sql("""
                insert into app_user(username, password_hash, name, department_id)
                values (:u, :h, :n, (select id from department where code = 'SALES')) returning id""")
                .param("u", username).param("h", encoder.encode(password)).param("n", "测试" + username)
                .query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = :r").param("id", id)
                .param("r", roleCode).update();
        return username;
    }

    static long idOf(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }
}

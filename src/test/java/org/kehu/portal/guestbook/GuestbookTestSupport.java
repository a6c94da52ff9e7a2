package org.kehu.portal.guestbook;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs in portal users and staff, reads pages as text, and writes posts straight into the table. */
abstract class GuestbookTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** Signs in on the portal; sessions live in the database, so each request carries the SESSION cookie. */
    Cookie portalLogin(String login) throws Exception {
        return mvc.perform(formLogin("/portal/login").user(login).password("demo123")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Moves the posts' ids past 1,000, so that tests never pass by the small ids that boxed numbers share. */
    void idsAbove1000() {
        jdbc.sql("select setval(pg_get_serial_sequence('portal_guestbook_post', 'id'), "
                + "greatest(1000, (select coalesce(max(id), 0) from portal_guestbook_post)))").query(Long.class).single();
    }

    long maxId() {
        return jdbc.sql("select coalesce(max(id), 0) from portal_guestbook_post").query(Long.class).single();
    }

    /** A post of a portal account written at {@code at}, straight into the table. */
    long write(String login, Long thread, String text, Instant at) {
        return jdbc.sql("""
                insert into portal_guestbook_post(thread_id, account_id, customer_id, contact_id, author_name, body, created_at)
                select ?, a.id, a.customer_id, a.contact_id, 'Test · ' || a.login, ?, ? from portal_account a where a.login = ?
                returning id""")
                .params(thread, text, Timestamp.from(at), login).query(Long.class).single();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from portal_guestbook_post where id = ?").param(id).query(String.class).single();
    }
}

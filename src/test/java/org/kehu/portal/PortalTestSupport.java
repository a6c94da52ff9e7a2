package org.kehu.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in helpers of the portal tests: sessions live in the database, so each test carries the SESSION cookie. */
final class PortalTestSupport {

    static final String SESSION = "SESSION";
    static final Pattern INVITATION_LINK = Pattern.compile("/portal/invitation/([A-Za-z0-9_-]{43})");
    static final Pattern RESET_LINK = Pattern.compile("/portal/password/reset/([A-Za-z0-9_-]{43})");

    private PortalTestSupport() {
    }

    /** Signs in on the portal; answers the session cookie, or null when the sign-in failed. */
    static Cookie portalLogin(MockMvc mvc, String login, String password) throws Exception {
        var result = mvc.perform(formLogin("/portal/login").user(login).password(password)).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        return target != null && target.contains("error") ? null : result.getResponse().getCookie(SESSION);
    }

    static Cookie staffLogin(MockMvc mvc, String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo123")).andReturn().getResponse().getCookie(SESSION);
    }

    /** The token of the newest mail to this address carrying a link of this pattern. */
    static String tokenMailedTo(JdbcClient jdbc, String email, Pattern link) {
        String body = jdbc.sql("select text_body from mail_message where recipient = :to order by id desc limit 1")
                .param("to", email).query(String.class).single();
        Matcher m = link.matcher(body);
        if (!m.find()) {
            throw new AssertionError("No link in the mail to " + email + ": " + body);
        }
        return m.group(1);
    }
}

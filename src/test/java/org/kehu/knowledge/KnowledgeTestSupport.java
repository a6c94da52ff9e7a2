package org.kehu.knowledge;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.kehu.identity.internal.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Articles made as a signed-in writer, and requests as a demo user. */
abstract class KnowledgeTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    KnowledgeBase knowledge;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    void signIn(String username) {
        UserDetails u = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    long article(String title, String body, Visibility visibility, ArticleStatus status, String... tags) {
        signIn("service");
        try {
            return knowledge.create(new ArticleInput(title, body, "FAULTS", List.of(tags), visibility.name(), status.name(),
                    null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

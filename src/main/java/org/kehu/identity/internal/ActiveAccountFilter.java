package org.kehu.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user the administrator has disabled since they signed in: without this
 * check they would keep working until the session expires. One primary-key read per request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    /** Set by a filter that has already read the account in this request. */
    static final String CHECKED = ActiveAccountFilter.class.getName() + ".checked";

    private final JdbcClient jdbc;

    ActiveAccountFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal
                && request.getAttribute(CHECKED) == null && !stillEnabled(principal)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?disabled");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillEnabled(StaffPrincipal principal) {
        return jdbc.sql("select enabled from app_user where id = :id").param("id", principal.currentUser().id())
                .query(Boolean.class).optional().orElse(false);
    }
}

package org.kehu.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal access token. Tokens are stored
 * as SHA-256 hashes: they are long random strings, so a slow password hash adds nothing but latency.
 */
/** Not a bean: a filter bean would also run outside the security chain. */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    /** Answers a bad token with the API's 401 problem+json. */
    private final AuthenticationEntryPoint unauthorized;

    public ApiTokenAuthenticationFilter(JdbcClient jdbc, StaffAccounts accounts, AuthenticationEntryPoint unauthorized) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.unauthorized = unauthorized;
    }

    /**
     * Whether the request names a token. Such a request is authenticated by the token alone, so CSRF (which guards
     * the session cookie) does not apply to it; the session is ignored for it, whatever it holds.
     */
    static boolean carriesBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        // A fresh context, never the session's: the session's would let a bogus token ride on the cookie (without
        // CSRF, which is skipped for bearer requests), and setting the token's user on it would change the session.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(context);
        Optional<StaffPrincipal> principal = userOf(request.getHeader("Authorization").substring(7).trim())
                .flatMap(accounts::loadById)
                .filter(p -> p.isEnabled() && p.isAccountNonLocked());
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new BadCredentialsException("Unknown, revoked or expired token"));
            return;
        }
        // The account was just read: the active-account check need not read it again.
        request.setAttribute(ActiveAccountFilter.CHECKED, Boolean.TRUE);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        chain.doFilter(request, response);
    }

    private Optional<Long> userOf(String token) {
        record Token(long id, long userId, boolean stale) {
        }
        Optional<Token> found = jdbc.sql("""
                select id, user_id, (last_used_at is null or last_used_at < now() - interval '1 minute') as stale
                  from api_token where token_hash = :hash and revoked_at is null""")
                .param("hash", sha256(token)).query(Token.class).optional();
        // "Last used" to the minute is enough; writing it on every call would make each API read a write.
        found.filter(Token::stale).ifPresent(t -> jdbc.sql("update api_token set last_used_at = now() where id = :id")
                .param("id", t.id()).update());
        return found.map(Token::userId);
    }

    /** Tokens are stored only as this hash. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

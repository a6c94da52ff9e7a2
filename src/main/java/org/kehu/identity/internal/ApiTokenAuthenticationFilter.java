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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal access token. Tokens are stored
 * as SHA-256 hashes: they are long random strings, so a slow password hash adds nothing but latency.
 */
/** Not a bean: a filter bean would also run outside the security chain. */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;

    public ApiTokenAuthenticationFilter(JdbcClient jdbc, StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            Optional<StaffPrincipal> principal = userOf(header.substring(7).trim())
                    .flatMap(accounts::loadById)
                    .filter(p -> p.isEnabled() && p.isAccountNonLocked());
            if (principal.isPresent()) {
                // The account was just read: the active-account check need not read it again.
                request.setAttribute(ActiveAccountFilter.CHECKED, Boolean.TRUE);
                var auth = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                        principal.get().getAuthorities());
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
        }
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

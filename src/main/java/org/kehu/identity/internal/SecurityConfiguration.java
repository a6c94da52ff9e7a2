package org.kehu.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the REST API (session or personal access token, problem+json answers instead of
 * redirects) and the staff pages (our own form login). CSRF is on for every request that relies on
 * the session cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Requests that carry their own credentials cannot be forged by another site. The token filter authenticates
     * them by the token alone (never by the session), so skipping CSRF for them opens nothing.
     */
    private static final RequestMatcher BEARER = ApiTokenAuthenticationFilter::carriesBearer;

    /** Where a link leads off the site, the other site learns our origin only, never a page's path or query. */
    private static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    /**
     * The survey answer endpoint: open without login, since the personal link's token is the credential;
     * it rides on no session cookie, so there is nothing for another site to forge.
     */
    private static final String SURVEY_ANSWERS = "/api/v1/survey-answers/**";

    /**
     * The links of a marketing mail, open without login: the unsubscribe link (whose POST is also the mail programs'
     * one-click unsubscribe, RFC 8058, which carries no CSRF token; the unguessable token in the path is the
     * credential, so there is nothing for another site to forge) and the tracked links.
     */
    private static final String UNSUBSCRIBE = "/unsubscribe/*";
    private static final String TRACKED_LINKS = "/track/*/*";

    /**
     * What the pages may load: scripts only from this site (no inline script, no handler attribute, no eval), so
     * that injected markup cannot run. Styles may be inline: the templates position calendar items and size charts
     * with style attributes, and htmx, Bootstrap and ECharts set styles. Swagger UI keeps to it as well (its page
     * loads its scripts as files).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, org.springframework.jdbc.core.simple.JdbcClient jdbc, StaffAccounts accounts)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
                "Authentication required: sign in or send Authorization: Bearer <token>");
        var tokenFilter = new ApiTokenAuthenticationFilter(jdbc, accounts, unauthorized);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(SURVEY_ANSWERS).permitAll().anyRequest().authenticated())
                .addFilterBefore(tokenFilter, BasicAuthenticationFilter.class)
                .addFilterBefore(new ActiveAccountFilter(jdbc), AuthorizationFilter.class)
                .csrf(c -> c.ignoringRequestMatchers(BEARER, PathPatternRequestMatcher.pathPattern(SURVEY_ANSWERS))
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .headers(h -> h.referrerPolicy(r -> r.policy(REFERRER_POLICY)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN,
                                "Not permitted, or the CSRF token (X-CSRF-TOKEN) is missing")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
        http.addFilterBefore(new ActiveAccountFilter(jdbc), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error",
                                "/s/*", UNSUBSCRIBE, TRACKED_LINKS)
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.referrerPolicy(r -> r.policy(REFERRER_POLICY))
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
                .csrf(c -> c.ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(UNSUBSCRIBE))
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()));
        return http.build();
    }

    private static void problem(HttpServletResponse res, HttpStatus status, String detail) throws IOException {
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}

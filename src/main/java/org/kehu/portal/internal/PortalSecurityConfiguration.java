package org.kehu.portal.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kehu.portal.PortalPaths;
import org.kehu.portal.account.PortalAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The portal's own security chain for {@code /portal/**}, ahead of the staff chains: its own sign-in page and
 * accounts (portal accounts only, so staff credentials fail here), and its own session attributes for the security
 * context, the saved request and the CSRF token. A browser signed in to the portal is therefore anonymous to the
 * staff pages and the API (their chains read the staff attribute), and a staff sign-in is anonymous here. The
 * session itself is the one Spring Session keeps in the database, as for staff.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

    /** The session attribute of the portal's security context; the staff chains use Spring's default one. */
    static final String CONTEXT_ATTRIBUTE = "KEHU_PORTAL_SECURITY_CONTEXT";
    /** Where the sign-in page finds why the last attempt failed (locked, disabled). */
    static final String FAILURE_ATTRIBUTE = "KEHU_PORTAL_LOGIN_FAILURE";

    /** As the staff pages': scripts only from this site, styles may be inline (Bootstrap, htmx). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    @Bean
    @Order(0)
    SecurityFilterChain portalChain(HttpSecurity http, PortalAccounts accounts, PasswordEncoder encoder) throws Exception {
        var provider = new DaoAuthenticationProvider(accounts::loadByLogin);
        provider.setPasswordEncoder(encoder);
        // A manager of its own, publishing no authentication events: the staff lockout listener must never count a
        // failed portal sign-in against a staff account of the same name.
        var manager = new ProviderManager(provider);
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        var savedRequests = new HttpSessionRequestCache();
        savedRequests.setSessionAttrName("KEHU_PORTAL_SAVED_REQUEST");
        var csrfTokens = new HttpSessionCsrfTokenRepository();
        csrfTokens.setSessionAttributeName("KEHU_PORTAL_CSRF_TOKEN");
        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl(PortalPaths.HOME);
        success.setRequestCache(savedRequests);

        http.securityMatcher("/portal/**")
                .authenticationManager(manager)
                .securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(r -> r.requestCache(savedRequests))
                .addFilterBefore(new ActivePortalAccountFilter(accounts), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(PortalPaths.PUBLIC).permitAll()
                        .anyRequest().hasAuthority(PortalPrincipal.AUTHORITY))
                .formLogin(f -> f.loginPage("/portal/login").loginProcessingUrl("/portal/login")
                        .successHandler((req, res, auth) -> {
                            if (auth.getPrincipal() instanceof PortalPrincipal p) {
                                accounts.loginSucceeded(p.user().accountId());
                            }
                            req.getSession().removeAttribute(FAILURE_ATTRIBUTE);
                            success.onAuthenticationSuccess(req, res, auth);
                        })
                        .failureHandler((req, res, ex) -> failed(accounts, req, res, ex)))
                .logout(l -> l.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?logout")
                        .invalidateHttpSession(false))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/portal/login")))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
                .csrf(c -> c.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()));
        return http.build();
    }

    private static void failed(PortalAccounts accounts, HttpServletRequest req, HttpServletResponse res,
            AuthenticationException ex) throws IOException {
        if (ex instanceof BadCredentialsException) {
            accounts.loginFailed(req.getParameter("username"));
        }
        req.getSession().setAttribute(FAILURE_ATTRIBUTE, ex.getClass().getSimpleName());
        res.sendRedirect(req.getContextPath() + "/portal/login?error");
    }

    /** Signs out a portal user whose account staff disabled since they signed in. One primary-key read per request. */
    static final class ActivePortalAccountFilter extends OncePerRequestFilter {

        private final PortalAccounts accounts;

        ActivePortalAccountFilter(PortalAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof PortalPrincipal p && !accounts.isActive(p.user().accountId())) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.removeAttribute(CONTEXT_ATTRIBUTE);
                }
                response.sendRedirect(request.getContextPath() + "/portal/login?disabled");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}

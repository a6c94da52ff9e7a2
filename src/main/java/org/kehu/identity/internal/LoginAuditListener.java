package org.kehu.identity.internal;

import org.kehu.identity.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes every form login, successful or not, to the audit log and keeps the lockout count. */
@Component
class LoginAuditListener {

    private final StaffAccounts accounts;
    private final AuditTrail audit;

    LoginAuditListener(StaffAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getPrincipal() instanceof StaffPrincipal principal) {
            accounts.loginSucceeded(principal.currentUser().id());
            audit.recordLogin(principal.currentUser().id(), principal.getUsername(), true, address(token.getDetails()));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.loginFailed(username);
        }
        audit.recordLogin(accounts.idOf(username).orElse(null), username, false,
                address(event.getAuthentication().getDetails()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}

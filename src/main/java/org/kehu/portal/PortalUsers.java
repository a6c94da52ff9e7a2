package org.kehu.portal;

import java.util.Optional;

import org.kehu.portal.internal.PortalPrincipal;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who the current request's portal user is. Only the portal's security chain ({@code /portal/**}) ever puts a
 * portal user in the security context: on staff pages and the API this is always empty.
 */
@Component
public final class PortalUsers {

    /** The portal user signed in for this request, if any. */
    public static Optional<PortalUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PortalPrincipal principal ? Optional.of(principal.user())
                : Optional.empty();
    }

    /**
     * The portal user of this request; for pages the security chain lets in only when signed in, so an absent
     * user is a page that should not have been reached: "not found" rather than an error page.
     */
    public static PortalUser require() {
        return current().orElseThrow(() -> new RecordNotFoundException("Portal user", "current"));
    }
}

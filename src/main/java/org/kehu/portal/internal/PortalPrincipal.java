package org.kehu.portal.internal;

import java.util.Collection;
import java.util.List;

import org.kehu.portal.PortalUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a portal user. Its one authority, {@value #AUTHORITY}, is no staff permission, so a
 * portal principal passes no staff check even if it were ever presented there. Serialized into the session table
 * (Spring Session JDBC): keep it compatible across releases (fixed serialVersionUID).
 */
public final class PortalPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    /** What every portal user has, and only they: the portal pages behind the sign-in ask for it. */
    public static final String AUTHORITY = "portal.user";

    private final PortalUser user;
    private final String login;
    private String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;

    public PortalPrincipal(PortalUser user, String login, String passwordHash, boolean enabled, boolean nonLocked) {
        this.user = user;
        this.login = login;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
    }

    public PortalUser user() {
        return user;
    }

    /** For templates: {@code #authentication.principal.displayName}. */
    public String getDisplayName() {
        return user.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(AUTHORITY));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

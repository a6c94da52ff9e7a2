package org.kehu.identity.internal;

import java.util.Collection;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a staff member; its authorities are the permissions of their roles. It is serialized
 * into the session table (Spring Session JDBC) and read back by whichever node serves the next request: keep it
 * and {@link CurrentUser} serializable, and compatible across releases (a fixed serialVersionUID; a release that
 * changes their fields must empty {@code spring_session} when it is installed, which signs everybody out).
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, UserDirectory.CurrentUserHolder {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;

    public StaffPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    /** For templates: {@code sec:authentication="principal.displayName"}. */
    public String getDisplayName() {
        return user.name();
    }

    public long getId() {
        return user.id();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.permissions().stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
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

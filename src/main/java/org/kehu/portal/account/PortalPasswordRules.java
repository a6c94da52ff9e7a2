package org.kehu.portal.account;

import java.util.Optional;

import org.kehu.shared.InputLimits;

/**
 * What a portal password must be: at least {@value #MIN_LENGTH} characters (as for staff), at most
 * {@value #MAX_LENGTH} (BCrypt reads no further), not the login, and the two entries alike.
 */
final class PortalPasswordRules {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 72;

    private PortalPasswordRules() {
    }

    /** The field and message key of the first rule broken, if any. */
    static Optional<String[]> problem(String password, String repeat, String login) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(new String[] {"password", "portal.password.too-short"});
        }
        if (password.length() > MAX_LENGTH || InputLimits.hasControlCharacter(password)) {
            return Optional.of(new String[] {"password", "portal.password.too-long"});
        }
        if (login != null && password.strip().equalsIgnoreCase(login.strip())) {
            return Optional.of(new String[] {"password", "portal.password.is-login"});
        }
        if (!password.equals(repeat)) {
            return Optional.of(new String[] {"repeat", "portal.password.mismatch"});
        }
        return Optional.empty();
    }
}

package org.kehu.portal;

/**
 * Where the portal answers. Everything under {@code /portal/**} needs a signed-in portal user except the
 * {@link #PUBLIC} pages, which anyone may open (the showcase, the sign-in and its mailed links, order tracking).
 */
public final class PortalPaths {

    /** The pages a visitor opens without signing in, as path patterns for the portal's security chain. */
    public static final String[] PUBLIC = {
        "/portal", "/portal/", "/portal/login", "/portal/register", "/portal/register/**", "/portal/invitation/**",
        "/portal/password/**", "/portal/track", "/portal/track/**", "/portal/about/**", "/portal/catalog/**",
        "/portal/help/**", "/portal/files/**"
    };

    /** Where a signed-in portal user lands. */
    public static final String HOME = "/portal/me";

    private PortalPaths() {
    }
}

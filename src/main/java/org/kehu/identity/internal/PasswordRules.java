package org.kehu.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, wherever one is set (the administrator's user form and reset, the profile's
 * password change, the first administrator): at least {@value #MIN_LENGTH} characters, not one of the 10,000 most
 * common passwords (the first an attacker tries; {@code identity/common-passwords.txt} says where the list comes
 * from) and not the username. Both comparisons ignore case, since {@code Password1} falls to the same guess as
 * {@code password1}. The answer is the message key to show beside the field.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 8;

    private static final Set<String> COMMON = load("/identity/common-passwords.txt");

    private PasswordRules() {
    }

    /** The message key of the first rule {@code password} breaks for the user {@code username}, if any. */
    static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("identity.password.too-short");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("identity.password.is-username");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("identity.password.too-common");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}

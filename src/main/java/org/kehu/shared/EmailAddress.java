package org.kehu.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address, the one rule for forms, import, API and mail: a local part of the characters
 * RFC 5322 allows without quoting (no leading, trailing or double dot, at most 64 characters) and a
 * domain name of at least two labels whose last is letters; at most {@link #MAX_LENGTH} characters, what
 * the e-mail columns hold. Quoted local parts and IP-address domains, which no customer uses, are
 * refused. {@link #value()} keeps the local part as typed and writes the domain in lower case.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 200;

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern ADDRESS = Pattern.compile(
            "^(" + ATOM + "(?:\\." + ATOM + ")*)@((?:" + LABEL + "\\.)+\\p{L}{2,63})$");

    /** The address in a text, or empty when it is blank or no valid address. */
    public static Optional<EmailAddress> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        var m = ADDRESS.matcher(t);
        if (t.length() > MAX_LENGTH || !m.matches() || m.group(1).length() > 64) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(m.group(1) + "@" + m.group(2).toLowerCase(Locale.ROOT)));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** The stored form: blank gives {@code null}; a text that is no valid address is returned stripped. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).map(EmailAddress::value).orElse(text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}

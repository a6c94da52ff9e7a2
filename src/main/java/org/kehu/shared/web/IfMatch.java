package org.kehu.shared.web;

import org.kehu.shared.InvalidInputException;

/**
 * The version an API change names in its {@code If-Match} header ({@code "3"} or {@code W/"3"}), for the APIs that
 * answer a record with its version as ETag. One parser, so that every such API refuses a bad header alike.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version the header names; null without one; 400 naming {@code If-Match} ({@code errorKey}) when not a version. */
    public static Long version(String ifMatch, String errorKey) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException(v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", errorKey);
        }
    }

    /** The version of the body when it names one, else the header's. */
    public static Long version(Long bodyVersion, String ifMatch, String errorKey) {
        return bodyVersion != null ? bodyVersion : version(ifMatch, errorKey);
    }

    /** The ETag value of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}

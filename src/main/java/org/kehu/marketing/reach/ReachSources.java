package org.kehu.marketing.reach;

import java.util.Locale;

import org.kehu.marketing.TouchSource;
import org.kehu.shared.InvalidInputException;

/** Reads a source from a URL's kind and id ({@code campaign/42}), refusing a malformed kind as a 400. */
public final class ReachSources {

    private ReachSources() {
    }

    public static TouchSource parse(String kind, long id) {
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (!k.matches("[A-Z][A-Z_]{0,29}")) {
            throw InvalidInputException.of("kind", "reach.error.source");
        }
        return new TouchSource(k, id);
    }
}

package org.kehu.customer.internal;

/** Input text as stored: trimmed, blank as null. */
final class Text {

    private Text() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}

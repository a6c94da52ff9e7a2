package org.kehu.shared.paging;

/**
 * Search text for SQL {@code like} / {@code ilike}: the wildcards {@code %} and {@code _} and the escape
 * character {@code \} (PostgreSQL's default) lose their meaning, so that a search for "50%" finds "50%".
 */
public final class Like {

    private Like() {
    }

    /** The text with {@code \ % _} escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern that finds the text anywhere (surrounding blanks removed). */
    public static String contains(String text) {
        return "%" + escape(text.strip()) + "%";
    }

    /** A pattern that finds values starting with the text (surrounding blanks removed). */
    public static String startsWith(String text) {
        return escape(text.strip()) + "%";
    }
}

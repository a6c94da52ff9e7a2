package org.kehu.shared;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The pinyin initials of a Chinese name, for search: 湖北钢铁公司 gives {@code hbgtgs}. Letters and
 * digits are kept (lower case); other characters are dropped. A character with several readings
 * takes its first, which is its most common one.
 */
public final class PinyinInitials {

    private PinyinInitials() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder initials = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    initials.append(Character.toLowerCase(c));
                }
                continue;
            }
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                initials.append(readings[0].charAt(0));
            }
        }
        return initials.toString();
    }

    /** The initials as a name's search column stores them: at most 200 characters, what the columns hold. */
    public static String initialsOfName(String name) {
        String initials = of(name);
        return initials.length() > 200 ? initials.substring(0, 200) : initials;
    }

    /**
     * A SQL LIKE pattern that finds the query's letters in order within the initials, so that
     * {@code hbgs} finds 湖北钢铁公司 ({@code hbgtgs}) as people abbreviate it: 湖北 … 公司.
     */
    public static String likePattern(String query) {
        StringBuilder p = new StringBuilder("%");
        for (char c : query.toLowerCase().toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                p.append(c).append('%');
            }
        }
        return p.toString();
    }

    /** Whether the query looks like pinyin initials (only ASCII letters). */
    public static boolean looksLikeInitials(String query) {
        return query != null && !query.isBlank() && query.trim().chars().allMatch(ch -> ch < 128 && Character.isLetter(ch));
    }
}

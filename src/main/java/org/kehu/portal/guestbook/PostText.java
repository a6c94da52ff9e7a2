package org.kehu.portal.guestbook;

import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;

/**
 * The rules of a post's text: required, at most {@link #MAX} characters, line breaks kept. Nothing typed is ever
 * markup: the pages print it escaped ({@code th:text}), so {@code <b>} shows as typed.
 */
final class PostText {

    /** portal_guestbook_post.body is varchar(2000). */
    static final int MAX = 2000;
    /** portal_guestbook_post.hidden_reason is varchar(500). */
    static final int REASON_MAX = 500;

    private PostText() {
    }

    /** The text stripped of surrounding blanks, with Windows line ends made plain; refused when empty or too long. */
    static String checked(String field, String text, int max) {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.isEmpty()) {
            throw InvalidInputException.of(field, "guestbook.error.required");
        }
        if (!InputLimits.fitsLength(t, max)) {
            throw InvalidInputException.of(field, "guestbook.error.too-long");
        }
        if (InputLimits.hasControlCharacter(t)) {
            throw InvalidInputException.of(field, "guestbook.error.invalid");
        }
        return t;
    }

    /** The company's short name for the author line: its name without the legal form. */
    static String shortCompany(String name) {
        if (name == null) {
            return "";
        }
        String s = name.strip().replaceFirst("(股份有限公司|有限责任公司|有限公司|股份公司|公司|集团)$", "");
        return s.isEmpty() ? name.strip() : s;
    }
}

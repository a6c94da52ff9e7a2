package org.kehu.portal.guestbook;

import java.time.LocalDate;

/**
 * The moderation list's filters: a status ({@code null}: visible and hidden, not deleted), the days written (in
 * business time, both ends included) and a piece of the text or the author's name.
 */
public record ModerationFilter(PostStatus status, LocalDate from, LocalDate to, String text) {

    public static ModerationFilter none() {
        return new ModerationFilter(null, null, null, null);
    }
}

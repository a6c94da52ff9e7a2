package org.kehu.portal.guestbook;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The guestbook's rules, from {@code kehu.guestbook.*}: how long an author may edit or delete a post, how many posts an
 * account may write in a window (so that one customer cannot flood the page), and after how long a post counts as
 * expired for the moderators' bulk deletion.
 */
@Component
class GuestbookSettings {

    private final Duration editWindow;
    private final int postsPerWindow;
    private final Duration rateWindow;
    private final Duration expireAfter;

    GuestbookSettings(@Value("${kehu.guestbook.edit-window:30m}") Duration editWindow,
            @Value("${kehu.guestbook.posts-per-window:5}") int postsPerWindow,
            @Value("${kehu.guestbook.rate-window:10m}") Duration rateWindow,
            @Value("${kehu.guestbook.expire-after:365d}") Duration expireAfter) {
        this.editWindow = editWindow;
        this.postsPerWindow = postsPerWindow;
        this.rateWindow = rateWindow;
        this.expireAfter = expireAfter;
    }

    Duration editWindow() {
        return editWindow;
    }

    int postsPerWindow() {
        return postsPerWindow;
    }

    Duration rateWindow() {
        return rateWindow;
    }

    Duration expireAfter() {
        return expireAfter;
    }

    long expireAfterDays() {
        return expireAfter.toDays();
    }
}

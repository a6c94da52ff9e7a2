package org.kehu.office.announcement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An announcement in the list, as the reader sees it: whether they have read it and confirmed it. {@code confirmed}
 * and {@code addressed} (how many of those addressed have confirmed a must-read one) are filled for its author and
 * for administrators only, null for everyone else.
 */
public record AnnouncementRow(long id, String title, boolean mustRead, boolean everyone, LocalDate publishedFrom,
        LocalDate publishedUntil, String authorName, Instant readAt, Instant confirmedAt, boolean current,
        Integer confirmed, Integer addressed) {

    public boolean read() {
        return readAt != null;
    }

    /** A must-read announcement the reader has still to confirm. */
    public boolean awaitsConfirmation() {
        return mustRead && confirmedAt == null;
    }

    AnnouncementRow withCounts(int confirmedCount, int addressedCount) {
        return new AnnouncementRow(id, title, mustRead, everyone, publishedFrom, publishedUntil, authorName, readAt,
                confirmedAt, current, confirmedCount, addressedCount);
    }
}

package org.kehu.office.announcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An announcement with its body ({@code html}: the sanitised rendering of a Markdown body, null for plain text), its
 * audience and the reader's own read and confirmation times. {@code confirmed}, {@code addressed} and
 * {@code notConfirmed} (names of those addressed who have not confirmed yet) are for its author and administrators;
 * null for other readers.
 */
public record AnnouncementDetails(long id, String title, String body, AnnouncementFormat format, String html,
        boolean everyone, List<Long> departmentIds, List<String> departmentNames, boolean mustRead,
        LocalDate publishedFrom, LocalDate publishedUntil, long authorId, String authorName, Instant createdAt,
        Instant updatedAt, long version, Instant readAt, Instant confirmedAt, boolean current, boolean manageable,
        Integer confirmed, Integer addressed, List<String> notConfirmed) {
}

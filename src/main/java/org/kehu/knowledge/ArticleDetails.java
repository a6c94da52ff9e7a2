package org.kehu.knowledge;

import java.time.Instant;
import java.util.List;

/** An article with its body rendered to safe HTML, its figures and who wrote it. */
public record ArticleDetails(long id, String title, String body, String html, String category, List<String> tags,
        Visibility visibility, ArticleStatus status, long viewCount, int helpfulYes, int helpfulNo, String createdByName,
        Instant createdAt, String updatedByName, Instant updatedAt, long version) {

    /** Whether the portal may show it. */
    public boolean publicOnPortal() {
        return status == ArticleStatus.PUBLISHED && visibility.sharedWithCustomers();
    }
}

package org.kehu.knowledge;

import java.time.Instant;
import java.util.List;

/** An article in a list or a search result; {@code snippet} is plain text around the first match (or the start). */
public record ArticleRow(long id, String title, String category, List<String> tags, Visibility visibility,
        ArticleStatus status, long viewCount, int helpfulYes, int helpfulNo, Instant updatedAt, String snippet) {
}

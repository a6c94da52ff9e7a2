package org.kehu.knowledge;

import java.time.Instant;
import java.util.List;

/** One saved state of an article: every save keeps one, with who saved it and when. */
public record ArticleVersion(long articleId, long version, String title, String body, String category, List<String> tags,
        Visibility visibility, ArticleStatus status, String editedByName, Instant editedAt) {
}

package org.kehu.knowledge;

import java.time.Instant;

/** A search that found nothing, how often it was made and when last: an article someone still has to write. */
public record MissingSearch(String query, Audience audience, int searches, Instant firstAt, Instant lastAt) {
}

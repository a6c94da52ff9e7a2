package org.kehu.knowledge;

import java.time.Instant;

/** An attachment of an article, without its content. */
public record AttachmentInfo(long id, long articleId, String filename, String contentType, long sizeBytes, Instant createdAt) {
}

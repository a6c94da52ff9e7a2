package org.kehu.portal.showcase;

import java.time.Instant;
import java.util.List;

/** An alliance or partner enterprise as the showcase keeps it; {@code body} is plain text with paragraphs. */
record Enterprise(long id, EnterpriseKind kind, String name, String summary, String body, String website,
        int sortOrder, boolean published, Instant updatedAt, long version) {

    public List<String> paragraphs() {
        return Paragraphs.of(body);
    }
}

package org.kehu.portal.showcase;

import java.time.Instant;
import java.util.List;

/** A concept product (概念产品): a product still in design, shown to customers for their interest. */
record Concept(long id, String name, String description, ConceptStage stage, int sortOrder, boolean published,
        Instant updatedAt, long version) {

    public List<String> paragraphs() {
        return Paragraphs.of(description);
    }
}

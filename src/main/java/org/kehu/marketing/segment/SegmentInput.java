package org.kehu.marketing.segment;

import org.kehu.shared.web.RefuseUnknownFields;

/**
 * A segment as written by a user or a client: its name, description and filter; {@code version} is the version a
 * change was made from (null when creating).
 */
@RefuseUnknownFields
public record SegmentInput(String name, String description, SegmentCriteria criteria, Long version) {

    public SegmentInput {
        name = name == null ? null : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        criteria = criteria == null ? SegmentCriteria.everyone() : criteria;
    }
}

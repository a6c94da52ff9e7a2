package org.kehu.marketing.segment;

import java.time.Instant;

/** A saved segment: its filter and who changed it last. */
public record SegmentDetails(long id, String name, String description, SegmentCriteria criteria, String createdByName,
        String updatedByName, Instant updatedAt, long version) {
}

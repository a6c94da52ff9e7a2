package org.kehu.marketing.segment;

import java.time.Instant;

/** A segment in the list. */
public record SegmentRow(long id, String name, String description, String updatedByName, Instant updatedAt) {
}

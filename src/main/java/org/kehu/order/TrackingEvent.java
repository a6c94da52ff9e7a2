package org.kehu.order;

import java.time.Instant;

/** Where the goods of an order were at a time, as staff recorded it. */
public record TrackingEvent(long id, Instant occurredAt, String place, String note, String recordedBy,
        Instant recordedAt) {
}

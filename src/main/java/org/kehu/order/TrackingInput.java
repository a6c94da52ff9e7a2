package org.kehu.order;

import java.time.LocalDateTime;

/** A tracking event to record: local time in China (empty: now), place (required) and a note. */
public record TrackingInput(LocalDateTime occurredAt, String place, String note) {
}

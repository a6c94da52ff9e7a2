package org.kehu.support;

import java.time.Instant;

/** One step of a ticket's flow: what kind, from which state to which, who, when and what was said. */
public record TicketStep(long id, String kind, String fromStatus, String toStatus, Long actorId, String actorName,
        Instant at, String note) {
}

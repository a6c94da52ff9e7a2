package org.kehu.support;

import java.time.Instant;

/**
 * Where a ticket stands against its service levels, in working minutes: for the response and the resolution,
 * whether it is met (and when), the minutes left, or the minutes overdue, and whether it is about to breach.
 */
public record SlaState(Clock response, Clock resolution) {

    /** {@code left} is negative when overdue. */
    public record Clock(Instant due, Instant metAt, boolean met, boolean breached, boolean atRisk, long left) {

        public long overdue() {
            return left < 0 ? -left : 0;
        }
    }
}

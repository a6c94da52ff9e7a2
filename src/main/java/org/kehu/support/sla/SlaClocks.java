package org.kehu.support.sla;

import java.time.Instant;

import org.kehu.support.SlaState;
import org.kehu.support.TicketDetails;
import org.springframework.stereotype.Component;

/** Computes where a ticket stands against its targets in working minutes: met, left, overdue, about to breach. */
@Component
public class SlaClocks {

    private final ServiceLevels levels;

    SlaClocks(ServiceLevels levels) {
        this.levels = levels;
    }

    public SlaState state(TicketDetails t, WorkingTime time, Instant now) {
        ServiceLevels.Target target = levels.target(t.typeCode(), t.priorityCode());
        return new SlaState(
                clock(t.responseDue(), t.respondedAt(), t.responseBreached(), target.responseMinutes(), time, now),
                clock(t.resolutionDue(), t.resolvedAt(), t.resolutionBreached(), target.resolutionMinutes(), time, now));
    }

    static SlaState.Clock clock(Instant due, Instant metAt, boolean breachedFlag, int targetMinutes, WorkingTime time,
            Instant now) {
        Instant until = metAt == null ? now : metAt;
        long left = time.minutesBetween(until, due);
        if (until.isAfter(due) && left == 0) {
            left = -1; // late by less than a working minute is still late
        }
        boolean breached = breachedFlag || until.isAfter(due);
        boolean atRisk = metAt == null && !breached && left < ServiceLevels.margin(targetMinutes);
        return new SlaState.Clock(due, metAt, metAt != null, breached, atRisk, left);
    }
}

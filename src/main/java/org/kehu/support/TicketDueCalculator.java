package org.kehu.support;

import java.time.Instant;
import java.util.Map;

import org.kehu.support.sla.ServiceLevels;
import org.kehu.support.sla.WorkingTime;

/**
 * Due times of tickets under one snapshot of the service-level settings, for loading many tickets at once
 * (demo data, imports) without reading the settings for each.
 */
public final class TicketDueCalculator {

    /** When the response and the resolution are due, and from when each counts as about to breach. */
    public record DueTimes(Instant responseDue, Instant responseWarnAt, Instant resolutionDue, Instant resolutionWarnAt) {
    }

    private final WorkingTime time;
    private final Map<String, ServiceLevels.Target> targets;

    TicketDueCalculator(WorkingTime time, Map<String, ServiceLevels.Target> targets) {
        this.time = time;
        this.targets = targets;
    }

    public DueTimes due(String typeCode, String priorityCode, Instant createdAt) {
        ServiceLevels.Target target = targets.getOrDefault(typeCode + "/" + priorityCode,
                new ServiceLevels.Target(typeCode, priorityCode, 240, 2880));
        ServiceLevels.Due d = ServiceLevels.due(time, target, createdAt);
        return new DueTimes(d.responseDue(), d.responseWarnAt(), d.resolutionDue(), d.resolutionWarnAt());
    }
}

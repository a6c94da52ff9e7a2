package org.kehu.marketing.campaign;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a campaign stands: planned, running, then done or cancelled. The pages ask {@link #next()} which moves are
 * open rather than working the rule out again.
 */
public enum CampaignStatus {
    PLANNED, RUNNING, DONE, CANCELLED;

    /** The statuses a campaign in this one may move to. */
    public Set<CampaignStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(DONE, CANCELLED);
            case DONE, CANCELLED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    public boolean canMoveTo(CampaignStatus other) {
        return next().contains(other);
    }

    /** Whether costs, responses and opportunities may still be recorded: not once cancelled. */
    public boolean recording() {
        return this != CANCELLED;
    }
}

package org.kehu.portal.showcase;

import java.util.EnumSet;
import java.util.Set;

/**
 * The review of a DIY design: submitted by the customer, then accepted, rejected (with a reason) or recommended as
 * excellent, which shows it on the public pages. An accepted design may still be recommended or rejected; a
 * recommendation may be withdrawn (back to accepted); a rejection is final: the customer uploads a new design.
 */
public enum DiyStatus {
    SUBMITTED, ACCEPTED, REJECTED, RECOMMENDED;

    /** The statuses this one may move to. */
    public Set<DiyStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ACCEPTED, REJECTED, RECOMMENDED);
            case ACCEPTED -> EnumSet.of(REJECTED, RECOMMENDED);
            case RECOMMENDED -> EnumSet.of(ACCEPTED);
            case REJECTED -> EnumSet.noneOf(DiyStatus.class);
        };
    }

    public boolean canMoveTo(DiyStatus target) {
        return next().contains(target);
    }
}

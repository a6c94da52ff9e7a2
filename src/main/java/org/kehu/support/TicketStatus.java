package org.kehu.support;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a service ticket (服务创建, 分配, 处理, 反馈, 归档, and reopened after an archive) and the moves
 * between them: created → assigned → handled → feedback → archived; an assigned ticket may be reassigned, and an
 * archived one reopened, after which it waits to be assigned again.
 */
public enum TicketStatus {
    CREATED, ASSIGNED, HANDLED, FEEDBACK, ARCHIVED, REOPENED;

    /** The statuses this one may move to. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case CREATED, REOPENED -> EnumSet.of(ASSIGNED);
            case ASSIGNED -> EnumSet.of(ASSIGNED, HANDLED);
            case HANDLED -> EnumSet.of(FEEDBACK);
            case FEEDBACK -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.of(REOPENED);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** Not archived: the ticket may still be edited and worked on. */
    public boolean open() {
        return this != ARCHIVED;
    }

    /** The steps this status allows, before anyone's permissions are considered. */
    public Set<TicketAction> actions() {
        Set<TicketAction> open = EnumSet.noneOf(TicketAction.class);
        for (TicketAction a : TicketAction.values()) {
            if (a.allowedFrom(this)) {
                open.add(a);
            }
        }
        return open;
    }

    /** Waiting for the service manager to give the ticket to someone. */
    public static Set<TicketStatus> unassigned() {
        return EnumSet.of(CREATED, REOPENED);
    }
}

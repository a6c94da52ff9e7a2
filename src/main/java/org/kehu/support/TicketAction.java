package org.kehu.support;

import java.util.Locale;
import java.util.Set;

import org.kehu.identity.Permission;

/**
 * What a person can do to a ticket, with the status it leads to (none for steps that keep the status) and the
 * permissions that allow it. {@link TicketStatus#actions()} and {@link ServiceTickets#openActions} answer which
 * are open, so that pages show only those and the service refuses the rest by the same rule.
 */
public enum TicketAction {
    EDIT(null, Permission.TICKET_HANDLE, Permission.TICKET_CREATE),
    ASSIGN(TicketStatus.ASSIGNED, Permission.TICKET_ASSIGN),
    HANDLE(TicketStatus.HANDLED, Permission.TICKET_HANDLE),
    FEEDBACK(TicketStatus.FEEDBACK, Permission.TICKET_HANDLE),
    /** The service manager's opinion on the feedback; needed before a low satisfaction is archived. */
    REVIEW(null, Permission.TICKET_APPROVE),
    ARCHIVE(TicketStatus.ARCHIVED, Permission.TICKET_HANDLE, Permission.TICKET_APPROVE),
    REOPEN(TicketStatus.REOPENED, Permission.TICKET_HANDLE, Permission.TICKET_APPROVE),
    /** The leader instruction of a complaint or opinion of a suggestion; who may give it is decided per ticket. */
    INSTRUCT(null, Permission.TICKET_VIEW);

    private final TicketStatus target;
    private final Set<Permission> permissions;

    TicketAction(TicketStatus target, Permission... permissions) {
        this.target = target;
        this.permissions = Set.of(permissions);
    }

    /** The status after this step, or {@code null} when the step keeps the ticket where it is. */
    public TicketStatus target() {
        return target;
    }

    /** Any one of these permissions allows the step. */
    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean allowedFrom(TicketStatus status) {
        if (target != null) {
            return status.canMoveTo(target);
        }
        return this == REVIEW ? status == TicketStatus.FEEDBACK : status.open();
    }

    /** The message key suffix that names the step ({@code support.step.<key>}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.kehu.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.office.internal.TaskListing;
import org.kehu.shared.BusinessTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's open tasks and appointments that are overdue or due by the end of today (in the
 * company's time zone), earliest first: for the home page's "due today" box. Empty for a user without the task
 * permission, so that a page can always ask.
 */
@Service
public class Agenda {

    private final TaskListing listing;
    private final UserDirectory users;
    private final Clock clock;

    Agenda(TaskListing listing, UserDirectory users, Clock clock) {
        this.listing = listing;
        this.users = users;
        this.clock = clock;
    }

    /** At most {@code limit} items; {@link AgendaItem#overdue()} marks those past their due time. */
    @Transactional(readOnly = true)
    public List<AgendaItem> dueSoon(int limit) {
        if (limit <= 0 || users.currentUser().map(u -> !u.can(Permission.TASK_VIEW)).orElse(true)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        return listing.openDueBefore(today.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant(), limit).stream()
                .map(r -> new AgendaItem(r.id(), r.kind(), r.title(), r.dueAt(), r.overdue(), r.customerId(),
                        r.customerName(), "/tasks/" + r.id()))
                .toList();
    }
}

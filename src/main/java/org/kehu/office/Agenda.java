package org.kehu.office;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.office.internal.TaskListing;
import org.kehu.office.internal.TaskQuery;
import org.kehu.office.internal.TaskRow;
import org.kehu.shared.BusinessTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's open tasks and appointments for the home page: today's first (in the company's time zone,
 * earliest first), then those left over from earlier days (the most recent first), each part with its full count so
 * that the page can say how many more the full list holds. Empty for a user without the task permission, so that a
 * page can always ask.
 */
@Service
public class Agenda {

    /** What is due today and what is overdue from earlier days: at most the asked number of each, and the counts. */
    public record Day(List<AgendaItem> today, long todayCount, List<AgendaItem> overdue, long overdueCount) {

        static final Day EMPTY = new Day(List.of(), 0, List.of(), 0);

        public boolean isEmpty() {
            return todayCount == 0 && overdueCount == 0;
        }
    }

    /** Tasks due before this are long past; the lower bound keeps the query on the due-time index. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final TaskListing listing;
    private final UserDirectory users;
    private final Clock clock;
    private final TaskQuery query;

    Agenda(TaskListing listing, UserDirectory users, Clock clock, TaskQuery query) {
        this.listing = listing;
        this.users = users;
        this.clock = clock;
        this.query = query;
    }

    @Transactional(readOnly = true)
    public Day day(int limit) {
        if (limit <= 0 || users.currentUser().map(u -> !u.can(Permission.TASK_VIEW)).orElse(true)) {
            return Day.EMPTY;
        }
        LocalDate date = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        Instant startOfToday = date.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant endOfToday = date.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant longAgo = EARLIEST.atStartOfDay(BusinessTime.ZONE).toInstant();
        return new Day(items(listing.openDueBetween(startOfToday, endOfToday, false, limit)),
                listing.countOpenDueBetween(startOfToday, endOfToday),
                items(listing.openDueBetween(longAgo, startOfToday, true, limit)),
                listing.countOpenDueBetween(longAgo, startOfToday));
    }

    /**
     * How many open tasks each of these people has due today and overdue, for a team's dashboard; only the people
     * within the signed-in user's data scope are counted, the others are absent.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, TaskCounts> countsByAssignee(java.util.Collection<Long> userIds) {
        var me = users.currentUser();
        if (me.isEmpty() || !me.get().can(Permission.TASK_VIEW)) {
            return java.util.Map.of();
        }
        var scope = users.ownerScope(me.get());
        Long[] ids = userIds.stream().filter(scope::permits).distinct().toArray(Long[]::new);
        if (ids.length == 0) {
            return java.util.Map.of();
        }
        LocalDate date = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        Instant startOfToday = date.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant endOfToday = date.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant longAgo = EARLIEST.atStartOfDay(BusinessTime.ZONE).toInstant();
        var today = query.countOpenDueBetweenByAssignee(ids, startOfToday, endOfToday);
        var overdue = query.countOpenDueBetweenByAssignee(ids, longAgo, startOfToday);
        java.util.Map<Long, TaskCounts> counts = new java.util.HashMap<>();
        for (Long id : ids) {
            counts.put(id, new TaskCounts(today.getOrDefault(id, 0L), overdue.getOrDefault(id, 0L)));
        }
        return counts;
    }

    /** A person's open tasks due today and those overdue from earlier days. */
    public record TaskCounts(long today, long overdue) {
    }

    private static List<AgendaItem> items(List<TaskRow> rows) {
        return rows.stream().map(r -> new AgendaItem(r.id(), r.kind(), r.title(), r.dueAt(), r.overdue(), r.customerId(),
                r.customerName(), "/tasks/" + r.id())).toList();
    }
}

package org.kehu.office.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task list, its export, a customer's tasks and the calendar, each within the signed-in user's data
 * scope, with the names of assignees and customers filled in.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('task.view')")
public class TaskListing {

    public static final int MAX_PAGE_SIZE = 200;

    private final TaskQuery query;
    private final UserDirectory users;
    private final CustomerLinks customers;

    TaskListing(TaskQuery query, UserDirectory users, CustomerLinks customers) {
        this.query = query;
        this.users = users;
        this.customers = customers;
    }

    public KeysetPage<TaskRow> page(TaskFilter filter, String after, String before, int size) {
        CurrentUser me = users.requireCurrentUser();
        KeysetPage<TaskRow> page = query.page(filter, me.id(), users.ownerScope(me), after, before,
                PageBounds.size(size, MAX_PAGE_SIZE));
        return new KeysetPage<>(named(page.items()), page.next(), page.previous());
    }

    public CappedCount count(TaskFilter filter) {
        CurrentUser me = users.requireCurrentUser();
        return query.count(filter, me.id(), users.ownerScope(me));
    }

    /** Every matching task, named, one at a time. */
    public void forEach(TaskFilter filter, Consumer<TaskRow> sink) {
        CurrentUser me = users.requireCurrentUser();
        // Each assignee and customer is looked up once, however many tasks they have.
        Map<Long, String> assignees = new java.util.HashMap<>();
        Map<Long, String> names = customers.nameCache();
        query.forEach(filter, me.id(), users.ownerScope(me), row -> sink.accept(row.withNames(
                assignees.computeIfAbsent(row.assigneeId(), id -> users.names(List.of(id)).getOrDefault(id, "")),
                blankToNull(customers.cachedName(names, row.customerId())))));
    }

    /** Customers the user's (or the team's) tasks are about, by name, for the list's customer filter. */
    public Map<Long, String> customersOfTasks(boolean team) {
        CurrentUser me = users.requireCurrentUser();
        List<Long> ids = query.customerIds(team, me.id(), users.ownerScope(me), 300);
        Map<Long, String> names = customers.customerNames(ids);
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** Whether the user sees more than their own tasks, and so has a "team" view. */
    public boolean hasTeam() {
        OwnerScope scope = users.ownerScope();
        return scope.all() || scope.ownerIds().size() > 1;
    }

    /** A customer's tasks the user may see: the open ones (earliest first) or all (newest first). */
    public List<TaskRow> ofCustomer(long customerId, boolean openOnly, int limit) {
        return named(query.ofCustomer(customerId, users.ownerScope(), openOnly, limit));
    }

    /** The calendar: tasks of {@code assignees} (each checked against the scope) overlapping [from, to). */
    public List<TaskRow> calendar(List<Long> assignees, Instant from, Instant to) {
        OwnerScope scope = users.ownerScope();
        return named(query.overlapping(assignees.stream().filter(scope::permits).toList(), from, to));
    }

    /** Open tasks of the signed-in user due before {@code until}, overdue ones first. */
    /** The signed-in user's open tasks due in [from, until), with names; see {@link TaskQuery#openDueBetween}. */
    public List<TaskRow> openDueBetween(Instant from, Instant until, boolean latestFirst, int limit) {
        return named(query.openDueBetween(users.requireCurrentUser().id(), from, until, latestFirst, limit));
    }

    public long countOpenDueBetween(Instant from, Instant until) {
        return query.countOpenDueBetween(users.requireCurrentUser().id(), from, until);
    }

    private List<TaskRow> named(List<TaskRow> rows) {
        Map<Long, String> assignees = users.names(rows.stream().map(TaskRow::assigneeId).distinct().toList());
        Map<Long, String> names = customers.customerNames(rows.stream().map(TaskRow::customerId).toList());
        return rows.stream().map(r -> r.withNames(assignees.get(r.assigneeId()), names.get(r.customerId()))).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

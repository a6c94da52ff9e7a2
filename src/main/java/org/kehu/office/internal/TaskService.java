package org.kehu.office.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.notification.Notifications;
import org.kehu.shared.Formats;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, completing and deleting tasks. The assignee is the task's owner for the data scope: a
 * task whose assignee is outside the signed-in user's scope is "not found". Changes are audited; an assignee
 * other than the one who saves is told.
 */
@Service
@Transactional
public class TaskService {

    private final TaskRepository tasks;
    private final UserDirectory users;
    private final CustomerLinks customers;
    private final OpportunityLinks opportunities;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    TaskService(TaskRepository tasks, UserDirectory users, CustomerLinks customers, OpportunityLinks opportunities,
            AuditTrail audit, Notifications notifications, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.users = users;
        this.customers = customers;
        this.opportunities = opportunities;
        this.audit = audit;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('task.view')")
    @Transactional(readOnly = true)
    public TaskDetails get(long id) {
        return details(load(id));
    }

    /** The users a task may be given to: those with the task permission within the signed-in user's scope. */
    @Transactional(readOnly = true)
    public List<UserSummary> assignees() {
        return users.assignableOwners(Permission.TASK_VIEW);
    }

    @PreAuthorize("hasAuthority('task.edit')")
    public TaskDetails create(TaskInput in) {
        CurrentUser user = users.requireCurrentUser();
        long assignee = in.getAssigneeId() == null ? user.id() : in.getAssigneeId();
        check(user, in, assignee, null);
        Instant now = clock.instant();
        Task task = new Task(user.id(), now);
        apply(task, in, assignee, now);
        tasks.saveAndFlush(task);
        audit.recordChange(AuditAction.CREATE, "task", task.getId(), task.getTitle(), null, task.auditValues());
        tellAssignee(task, user, null);
        return details(task);
    }

    /** Saves an edit; {@code in.version} must be the version read, else 409. */
    @PreAuthorize("hasAuthority('task.edit')")
    public TaskDetails update(long id, TaskInput in) {
        CurrentUser user = users.requireCurrentUser();
        Task task = load(id);
        if (in.getVersion() == null) {
            throw InvalidInputException.of("version", "office.error.version-required");
        }
        if (in.getVersion() != task.getVersion()) {
            throw new ConcurrentEditException("Task", id);
        }
        long assignee = in.getAssigneeId() == null ? task.getAssigneeId() : in.getAssigneeId();
        check(user, in, assignee, task);
        Map<String, Object> before = task.auditValues();
        Long previousAssignee = task.getAssigneeId();
        Instant remindBefore = task.getRemindAt();
        Instant now = clock.instant();
        apply(task, in, assignee, now);
        tasks.saveAndFlush(task);
        if (ReminderRule.rearms(remindBefore, task.getRemindAt(), now)) {
            jdbc.sql("update task set reminded_at = null where id = :id").param("id", id).update();
        }
        audit.recordChange(AuditAction.UPDATE, "task", id, task.getTitle(), before, task.auditValues());
        tellAssignee(task, user, previousAssignee);
        return details(task);
    }

    /** Marks a task done; with a {@code version}, a stale one answers 409. Done again is no change. */
    @PreAuthorize("hasAuthority('task.edit')")
    public TaskDetails complete(long id, Long version) {
        return changeStatus(id, version, TaskStatus.DONE);
    }

    @PreAuthorize("hasAuthority('task.edit')")
    public TaskDetails cancel(long id, Long version) {
        return changeStatus(id, version, TaskStatus.CANCELLED);
    }

    @PreAuthorize("hasAuthority('task.edit')")
    public TaskDetails reopen(long id, Long version) {
        return changeStatus(id, version, TaskStatus.OPEN);
    }

    @PreAuthorize("hasAuthority('task.edit')")
    public void delete(long id) {
        Task task = load(id);
        Map<String, Object> before = task.auditValues();
        tasks.delete(task);
        tasks.flush();
        audit.recordChange(AuditAction.DELETE, "task", id, task.getTitle(), before, null);
    }

    private TaskDetails changeStatus(long id, Long version, TaskStatus status) {
        Task task = load(id);
        if (version != null && version != task.getVersion()) {
            throw new ConcurrentEditException("Task", id);
        }
        if (task.getStatus() == status) {
            return details(task);
        }
        Map<String, Object> before = task.auditValues();
        Instant now = clock.instant();
        switch (status) {
            case DONE -> task.complete(now);
            case CANCELLED -> task.cancel(now);
            case OPEN -> task.reopen(now);
        }
        tasks.saveAndFlush(task);
        audit.recordChange(AuditAction.UPDATE, "task", id, task.getTitle(), before, task.auditValues());
        return details(task);
    }

    Task load(long id) {
        OwnerScope scope = users.ownerScope();
        return tasks.findById(id).filter(t -> scope.permits(t.getAssigneeId()))
                .orElseThrow(() -> new RecordNotFoundException("Task", id));
    }

    private void check(CurrentUser user, TaskInput in, long assignee, Task existing) {
        Map<String, String> problems = TaskChecks.problems(in);
        boolean assigneeChanges = existing == null || !Objects.equals(existing.getAssigneeId(), assignee);
        if (assigneeChanges && assignees().stream().noneMatch(u -> u.id() == assignee)) {
            problems.putIfAbsent("assigneeId", "office.error.assignee-not-in-scope");
        }
        // A link kept as it was is not checked again: the customer may have moved out of the editor's scope since.
        boolean customerChanges = existing == null || !Objects.equals(existing.getCustomerId(), in.getCustomerId())
                || !Objects.equals(existing.getContactId(), in.getContactId());
        if (customerChanges) {
            customers.problems(user, in.getCustomerId(), in.getContactId()).forEach(problems::putIfAbsent);
        }
        if (in.getOpportunityId() != null && (existing == null || !Objects.equals(existing.getOpportunityId(), in.getOpportunityId()))) {
            opportunities.problem(in.getOpportunityId()).ifPresent(key -> problems.putIfAbsent("opportunityId", key));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void apply(Task task, TaskInput in, long assignee, Instant now) {
        task.edit(in.getKind(), in.getTitle().strip(), clean(in.getDescription()), OfficeTime.instant(in.getDueAt()),
                OfficeTime.instant(in.getEndAt()), clean(in.getPlace()), assignee, in.getPriority(),
                in.getRemindBeforeMinutes(), in.getCustomerId(), in.getCustomerId() == null ? null : in.getContactId(),
                in.getOpportunityId(), now);
    }

    private void tellAssignee(Task task, CurrentUser user, Long previousAssignee) {
        if (task.getAssigneeId() != user.id() && !Objects.equals(previousAssignee, task.getAssigneeId())) {
            notifications.notify(task.getAssigneeId(), "office.task.assigned",
                    List.of(task.getTitle(), Formats.dateTime(task.getDueAt()), user.name()), "/tasks/" + task.getId());
        }
    }

    TaskDetails details(Task t) {
        Map<Long, String> names = users.names(t.getCreatedBy() == null ? List.of(t.getAssigneeId())
                : List.of(t.getAssigneeId(), t.getCreatedBy()));
        return new TaskDetails(t.getId(), t.getKind(), t.getTitle(), t.getDescription(), t.getDueAt(), t.getEndAt(),
                t.getPlace(), t.getAssigneeId(), names.get(t.getAssigneeId()), t.getCreatedBy(),
                names.get(t.getCreatedBy()), t.getPriority(), t.getStatus(), t.getCompletedAt(),
                t.getRemindBeforeMinutes(), t.getRemindAt(), remindedAt(t), t.getCustomerId(),
                customers.customerName(t.getCustomerId()), t.getContactId(), customers.contactName(t.getContactId()),
                t.getOpportunityId(), opportunities.name(t.getOpportunityId()), t.getCreatedAt(), t.getUpdatedAt(),
                t.getVersion(), t.getStatus() == TaskStatus.OPEN && t.getDueAt().isBefore(clock.instant()));
    }

    /** Read from the table: the job may have set it after the entity was loaded. */
    private Instant remindedAt(Task t) {
        return jdbc.sql("select reminded_at from task where id = :id").param("id", t.getId())
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .optional().orElse(null);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.kehu.office.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.office.TaskKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A task or an appointment of one assignee, optionally about a customer (and one of its contacts) or an
 * opportunity. {@code remindedAt} belongs to the reminder job, which sets it with SQL: the entity reads it
 * but never writes it, so that saving an edit cannot undo a reminder sent meanwhile.
 */
@Entity
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private TaskKind kind;
    private String title;
    private String description;
    private Instant dueAt;
    private Instant endAt;
    private String place;
    private Long assigneeId;
    @Column(updatable = false)
    private Long createdBy;
    @Enumerated(EnumType.STRING)
    private TaskPriority priority = TaskPriority.NORMAL;
    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.OPEN;
    private Instant completedAt;
    private Integer remindBeforeMinutes;
    private Instant remindAt;
    @Column(insertable = false, updatable = false)
    private Instant remindedAt;
    private Long customerId;
    private Long contactId;
    private Long opportunityId;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Task() {
    }

    public Task(long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets what the form edits; the reminder time follows the due time and the minutes. */
    public void edit(TaskKind kind, String title, String description, Instant dueAt, Instant endAt, String place,
            long assigneeId, TaskPriority priority, Integer remindBeforeMinutes, Long customerId, Long contactId,
            Long opportunityId, Instant now) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.dueAt = dueAt;
        this.endAt = kind == TaskKind.APPOINTMENT ? endAt : null;
        this.place = kind == TaskKind.APPOINTMENT ? place : null;
        this.assigneeId = assigneeId;
        this.priority = priority;
        this.remindBeforeMinutes = remindBeforeMinutes;
        this.remindAt = ReminderRule.remindAt(dueAt, remindBeforeMinutes);
        this.customerId = customerId;
        this.contactId = contactId;
        this.opportunityId = opportunityId;
        this.updatedAt = now;
    }

    public void complete(Instant now) {
        status = TaskStatus.DONE;
        completedAt = now;
        updatedAt = now;
    }

    public void cancel(Instant now) {
        status = TaskStatus.CANCELLED;
        completedAt = null;
        updatedAt = now;
    }

    public void reopen(Instant now) {
        status = TaskStatus.OPEN;
        completedAt = null;
        updatedAt = now;
    }

    /** The values the audit log keeps of a task. */
    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("title", title);
        m.put("dueAt", dueAt);
        m.put("endAt", endAt);
        m.put("place", place);
        m.put("assigneeId", assigneeId);
        m.put("priority", priority);
        m.put("status", status);
        m.put("remindBeforeMinutes", remindBeforeMinutes);
        m.put("customerId", customerId);
        m.put("contactId", contactId);
        m.put("opportunityId", opportunityId);
        m.values().removeIf(v -> v == null);
        m.replaceAll((k, v) -> v.toString());
        return m;
    }

    public Long getId() { return id; }
    public TaskKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Instant getDueAt() { return dueAt; }
    public Instant getEndAt() { return endAt; }
    public String getPlace() { return place; }
    public Long getAssigneeId() { return assigneeId; }
    public Long getCreatedBy() { return createdBy; }
    public TaskPriority getPriority() { return priority; }
    public TaskStatus getStatus() { return status; }
    public Instant getCompletedAt() { return completedAt; }
    public Integer getRemindBeforeMinutes() { return remindBeforeMinutes; }
    public Instant getRemindAt() { return remindAt; }
    public Long getCustomerId() { return customerId; }
    public Long getContactId() { return contactId; }
    public Long getOpportunityId() { return opportunityId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}

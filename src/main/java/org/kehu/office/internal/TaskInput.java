package org.kehu.office.internal;

import java.time.LocalDateTime;

import org.kehu.office.TaskKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters for a task or an appointment, in the form and in the API. Times are local to China
 * (Asia/Shanghai), as an HTML datetime-local input sends them: {@code 2026-11-25T09:30}. {@code dueAt} is an
 * appointment's start. Without {@code assigneeId} the task is the signed-in user's. {@code version} is required
 * when saving an existing task.
 */
public class TaskInput {

    private TaskKind kind = TaskKind.TASK;
    private String title;
    private String description;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime dueAt;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime endAt;
    private String place;
    private Long assigneeId;
    private TaskPriority priority = TaskPriority.NORMAL;
    private Integer remindBeforeMinutes;
    private Long customerId;
    private Long contactId;
    private Long opportunityId;
    private Long version;

    public TaskKind getKind() { return kind; }
    public void setKind(TaskKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDateTime getDueAt() { return dueAt; }
    public void setDueAt(LocalDateTime dueAt) { this.dueAt = dueAt; }
    public LocalDateTime getEndAt() { return endAt; }
    public void setEndAt(LocalDateTime endAt) { this.endAt = endAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    public TaskPriority getPriority() { return priority; }
    public void setPriority(TaskPriority priority) { this.priority = priority; }
    public Integer getRemindBeforeMinutes() { return remindBeforeMinutes; }
    public void setRemindBeforeMinutes(Integer remindBeforeMinutes) { this.remindBeforeMinutes = remindBeforeMinutes; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public Long getOpportunityId() { return opportunityId; }
    public void setOpportunityId(Long opportunityId) { this.opportunityId = opportunityId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    /** The form filled with a task as it is. */
    public static TaskInput of(TaskDetails t) {
        TaskInput in = new TaskInput();
        in.kind = t.kind();
        in.title = t.title();
        in.description = t.description();
        in.dueAt = OfficeTime.local(t.dueAt());
        in.endAt = OfficeTime.local(t.endAt());
        in.place = t.place();
        in.assigneeId = t.assigneeId();
        in.priority = t.priority();
        in.remindBeforeMinutes = t.remindBeforeMinutes();
        in.customerId = t.customerId();
        in.contactId = t.contactId();
        in.opportunityId = t.opportunityId();
        in.version = t.version();
        return in;
    }
}

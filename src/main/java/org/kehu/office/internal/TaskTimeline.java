package org.kehu.office.internal;

import java.util.List;

import org.kehu.customer.CustomerTimelineSource;
import org.kehu.customer.TimelineEntry;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * A customer's tasks and appointments on its timeline: a done one when it was done, others at their due time.
 * Only for readers with the task permission, and only tasks whose assignee is in their scope.
 */
@Component
class TaskTimeline implements CustomerTimelineSource {

    private static final int LIMIT = 200;

    private final TaskQuery query;
    private final UserDirectory users;
    private final Messages messages;

    TaskTimeline(TaskQuery query, UserDirectory users, Messages messages) {
        this.query = query;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> timelineOf(long customerId) {
        if (users.currentUser().map(u -> !u.can(Permission.TASK_VIEW)).orElse(true)) {
            return List.of();
        }
        List<TaskRow> rows = query.ofCustomer(customerId, users.ownerScope(), false, LIMIT);
        var names = users.names(rows.stream().map(TaskRow::assigneeId).distinct().toList());
        return rows.stream().map(r -> TimelineEntry.of(r.completedAt() != null ? r.completedAt() : r.dueAt(),
                TimelineEntry.Kind.TASK, names.get(r.assigneeId()), summary(r), "/tasks/" + r.id())).toList();
    }

    private String summary(TaskRow r) {
        return messages.text("office.timeline.summary", messages.text("office.kind." + r.kind()), r.title(),
                messages.text("office.status." + r.status()));
    }

}

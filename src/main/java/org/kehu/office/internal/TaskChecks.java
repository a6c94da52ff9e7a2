package org.kehu.office.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.kehu.office.TaskKind;

/** The rules of a task's fields that need nothing but the input: field to message key, in form order. */
final class TaskChecks {

    static final int TITLE_MAX = 200;
    static final int PLACE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;

    private TaskChecks() {
    }

    static Map<String, String> problems(TaskInput in) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.getKind() == null) {
            problems.put("kind", "office.error.kind-required");
        }
        if (in.getTitle() == null || in.getTitle().isBlank()) {
            problems.put("title", "office.error.title-required");
        } else if (in.getTitle().strip().length() > TITLE_MAX) {
            problems.put("title", "office.error.title-too-long");
        }
        if (in.getDescription() != null && in.getDescription().length() > DESCRIPTION_MAX) {
            problems.put("description", "office.error.description-too-long");
        }
        if (in.getDueAt() == null) {
            problems.put("dueAt", in.getKind() == TaskKind.APPOINTMENT ? "office.error.start-required" : "office.error.due-required");
        }
        if (in.getKind() == TaskKind.APPOINTMENT) {
            if (in.getEndAt() == null) {
                problems.put("endAt", "office.error.end-required");
            } else if (in.getDueAt() != null && !in.getEndAt().isAfter(in.getDueAt())) {
                problems.put("endAt", "office.error.end-after-start");
            }
            if (in.getPlace() != null && in.getPlace().strip().length() > PLACE_MAX) {
                problems.put("place", "office.error.place-too-long");
            }
        }
        if (in.getRemindBeforeMinutes() != null
                && (in.getRemindBeforeMinutes() < 0 || in.getRemindBeforeMinutes() > ReminderRule.MAX_MINUTES)) {
            problems.put("remindBeforeMinutes", "office.error.remind-range");
        }
        if (in.getPriority() == null) {
            in.setPriority(TaskPriority.NORMAL);
        }
        return problems;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}

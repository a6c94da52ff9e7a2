package org.kehu.office.internal;

import java.util.List;

/** One page of the task list; pass {@code next} as {@code after}, {@code previous} as {@code before}. */
public record TaskPage(List<TaskRow> items, String next, String previous) {
}

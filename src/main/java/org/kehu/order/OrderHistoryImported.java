package org.kehu.order;

import java.time.LocalDate;

/**
 * Past orders were imported from another system, as completed sales dated from {@code firstDay} to
 * {@code lastDay}. One event per import, not per order: read models rebuild that span of days in one go.
 */
public record OrderHistoryImported(long jobId, LocalDate firstDay, LocalDate lastDay, int orders) {
}

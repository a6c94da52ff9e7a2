package org.kehu.churn;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a customer's churn history, with who took it (null for the daily job and new orders). */
public record ChurnHistoryEntry(long id, ChurnAction action, Instant at, String actorName, String measure,
        LocalDate until, String reasonCode) {
}

package org.kehu.support.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up visit as lists, the form and the export show it, with names instead of ids. */
public record FollowUpView(long id, long customerId, String customerName, Long contactId, String contactName,
        Long ticketId, String ticketNumber, LocalDate plannedOn, Long assigneeId, String assigneeName,
        FollowUpMethod method, String note, String result, Integer satisfaction, Instant doneAt, String doneByName,
        Instant createdAt, long version) {

    public boolean done() {
        return doneAt != null;
    }

    /** Open and planned before {@code today}. */
    public boolean overdue(LocalDate today) {
        return doneAt == null && plannedOn.isBefore(today);
    }
}

package org.kehu.portal.company;

import java.time.Instant;
import java.util.List;

/** A company change request with its changed fields, as the profile and the customer page's card show it. */
public record ChangeRequest(long id, long customerId, long contactId, String contactName, ChangeStatus status,
        String reason, String decidedBy, Instant decidedAt, Instant createdAt, long version, List<FieldChange> changes) {

    /** One field: the value the customer saw when asking, and the one they asked for. */
    public record FieldChange(CompanyField field, String oldValue, String newValue) {
    }

    public boolean isPending() {
        return status == ChangeStatus.PENDING;
    }
}

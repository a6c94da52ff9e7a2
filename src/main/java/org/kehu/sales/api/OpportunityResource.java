package org.kehu.sales.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.kehu.sales.internal.Opportunity;

/** An opportunity as the API shows it; {@code version} goes back with an update. */
record OpportunityResource(long id, String sourceCode, String prospectName, int probability, boolean probabilityManual,
        String summary, String contactName, String contactPhone, String description, BigDecimal expectedAmount,
        LocalDate expectedCloseDate, String stageCode, String status, long createdBy, Instant createdAt,
        Long assignedTo, Instant assignedAt, long ownerId, Long customerId, Long contactId, String lostReasonCode,
        String lostNote, Instant closedAt, long version) {

    static OpportunityResource of(Opportunity o) {
        return new OpportunityResource(o.getId(), o.getSourceCode(), o.getProspectName(), o.getProbability(),
                o.isProbabilityManual(), o.getSummary(), o.getContactName(), o.getContactPhone(), o.getDescription(),
                o.getExpectedAmount(), o.getExpectedCloseDate(), o.getStageCode(), o.getStatus().name(), o.getCreatedBy(),
                o.getCreatedAt(), o.getAssignedTo(), o.getAssignedAt(), o.getOwnerId(), o.getCustomerId(), o.getContactId(),
                o.getLostReasonCode(), o.getLostNote(), o.getClosedAt(), o.getVersion());
    }
}

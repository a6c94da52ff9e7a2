package org.kehu.sales.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An opportunity as lists, exports and the kanban show it. */
public record OpportunityRow(long id, String prospectName, String summary, String sourceCode, String stageCode,
        String status, int probability, BigDecimal expectedAmount, LocalDate expectedCloseDate, long ownerId,
        String ownerName, String contactName, Instant createdAt, Long customerId) {
}

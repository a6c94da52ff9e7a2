package org.kehu.support;

import java.time.Instant;

/**
 * What a person enters to create or edit a ticket, from the page or the API. Type-specific fields are
 * ignored where the type has none: {@code requestedAt} for after-sales types, {@code categoryCode},
 * {@code departmentId}, {@code handlingPlan} for complaints and suggestions, {@code targetCode} and
 * {@code judgement} for complaints. {@code version} is checked when editing.
 */
public record TicketInput(Long customerId, Long contactId, String typeCode, String priorityCode, String channel,
        String subject, String content, Long productId, String orderNumber, Instant requestedAt, String categoryCode,
        String targetCode, String judgement, Long departmentId, String handlingPlan, Long version) {
}

package org.kehu.support;

import java.math.BigDecimal;
import java.time.Instant;

/** A ticket as pages and the API show it, with the names of the people and records it refers to. */
public record TicketDetails(long id, String number, long customerId, String customerName, Long contactId,
        String contactName, String typeCode, String priorityCode, String channel, String subject, String content,
        Long productId, String productName, String orderNumber, TicketStatus status, Long assigneeId,
        String assigneeName, Long createdById, String createdByName, Instant createdAt, Instant updatedAt,
        Instant responseDue, Instant resolutionDue, Instant respondedAt, Instant resolvedAt, boolean responseBreached,
        boolean resolutionBreached, Integer satisfaction, String feedbackComment, boolean reviewed, Instant archivedAt,
        Instant requestedAt, String serviceType, Instant serviceTime, String servicePerson, String serviceContent,
        BigDecimal charges, String customerFeedback, String categoryCode, String targetCode, String judgement,
        Long departmentId, String departmentName, String handlingPlan, String leaderInstruction, Long leaderId,
        String leaderName, Instant leaderAt, long version) {

    public static final java.util.Set<String> AFTER_SALES = java.util.Set.of("WARRANTY", "REPAIR", "INSTALLATION");

    public boolean afterSales() {
        return AFTER_SALES.contains(typeCode);
    }

    public boolean complaint() {
        return "COMPLAINT".equals(typeCode);
    }

    public boolean suggestion() {
        return "SUGGESTION".equals(typeCode);
    }

    /** Whether the archive waits for the service manager's review (satisfaction below 3). */
    public boolean reviewRequired() {
        return satisfaction != null && satisfaction < 3 && !reviewed;
    }
}

package org.kehu.sales;

/**
 * What other modules may know of an opportunity: its prospect, owner, the customer it became (once won)
 * and its status ({@code NEW}, {@code ASSIGNED}, {@code DEVELOPING}, {@code WON}, {@code LOST}).
 */
public record OpportunitySummary(long id, String prospectName, Long ownerId, Long customerId, String status) {
}

package org.kehu.customer;

/**
 * Published inside the merge's transaction when customer {@code sourceId} is merged into {@code targetId}
 * and deleted. Modules that keep records of customers move them with a synchronous {@code @EventListener}
 * ({@code update ... set customer_id = target where customer_id = source}), so that the merge is all or nothing.
 */
public record CustomersMerged(long targetId, long sourceId) {
}

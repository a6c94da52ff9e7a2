package org.kehu.competitor;

/**
 * A customer and the competitor it buys from: only a customer in the group "competitor's customer"
 * ({@code competitorGroup}) may be linked; {@code competitorId} is null while it is not.
 */
public record CustomerLink(long customerId, boolean competitorGroup, Long competitorId, String competitorName) {
}

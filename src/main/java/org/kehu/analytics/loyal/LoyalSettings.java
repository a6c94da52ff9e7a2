package org.kehu.analytics.loyal;

import java.math.BigDecimal;

import org.kehu.rating.RatingLevel;

/**
 * Who counts as a loyal customer: P(alive) at least {@code minPAlive} (he is still buying), and either a loyalty
 * rating at least {@code minLoyalty} or a CLV among the top {@code clvTopPercent} % of the scored customers.
 */
public record LoyalSettings(BigDecimal minPAlive, RatingLevel minLoyalty, int clvTopPercent, long version) {

    static final LoyalSettings DEFAULTS = new LoyalSettings(new BigDecimal("0.700"), RatingLevel.LOYAL, 20, 0);
}

package org.kehu.competitor;

import java.math.BigDecimal;
import java.time.Instant;

/** A competitor's product (竞争产品档案) and the product of ours it competes with. */
public record CompetingProduct(long id, long competitorId, String competitorName, String name, String model,
        long ourProductId, String ourProductCode, String ourProductName, Relation relation, String usage,
        String performance, BigDecimal price, Instant updatedAt, long version) {
}

package org.kehu.competitor;

import java.math.BigDecimal;

/**
 * A competitor's product as a form or the API sends it: which of our products ({@code ourProductId}) it is
 * {@link Relation similar to or a substitute for}, its use, performance and price; {@code version} as for
 * {@link CompetitorInput}.
 */
public record CompetingProductInput(String name, String model, Long ourProductId, String relation, String usage,
        String performance, BigDecimal price, Long version) {
}

package org.kehu.churn.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The probability that each customer is still active (P(alive), BG/NBD), from the analytics module's customer
 * values. Empty until a lifetime value model is fitted: the list then leaves the column out.
 */
@Component
public class PAliveSource {

    /** P(alive) of those of these customers the current model scores; empty without a model. */
    public Map<Long, BigDecimal> of(Collection<Long> customerIds) {
        return Map.of();
    }

    /** Whether a model is there to read from (the list shows the column and the early warning only then). */
    public boolean available() {
        return false;
    }
}

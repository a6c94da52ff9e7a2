package org.kehu.churn.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.kehu.analytics.CustomerValues;
import org.springframework.stereotype.Component;

/**
 * The probability that each customer is still active (P(alive), BG/NBD), read from the analytics module's
 * {@link CustomerValues} under its current lifetime value model; nothing without a model.
 */
@Component
public class PAliveSource {

    private final CustomerValues values;

    PAliveSource(CustomerValues values) {
        this.values = values;
    }

    /** P(alive) of those of these customers the current model scores; empty without a model. */
    public Map<Long, BigDecimal> of(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, BigDecimal> p = new HashMap<>();
        values.of(customerIds).forEach((id, v) -> p.put(id, BigDecimal.valueOf(v.pAlive()).setScale(4, RoundingMode.HALF_UP)));
        return p;
    }

    /** Whether a model is there to read from (the list shows the column and the early warning only then). */
    public boolean available() {
        return values.hasModel();
    }
}

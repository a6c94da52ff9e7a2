package org.kehu.churn.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The probability that each customer is still active (P(alive), BG/NBD), to be read from the analytics module's
 * {@code CustomerValues} once a lifetime value model is fitted. That API is built in parallel and was not on main
 * when churn was written, so this answers nothing and the list leaves the column out; wiring it is this class's
 * two methods, and the early-warning list (P(alive) below {@code churn_setting.palive_threshold}) reads the same.
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

package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's value over any horizon under the current model, from the history stored with his score (so the
 * purchases are not read again).
 */
@Component
class CustomerValueQuery {

    private final JdbcClient jdbc;
    private final ClvModelStore store;

    CustomerValueQuery(JdbcClient jdbc, ClvModelStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Empty when no model has been scored yet. */
    Optional<ClvResources.CustomerValueResource> value(long customerId, int horizonDays) {
        return store.current().map(model -> {
            Optional<PurchaseSummaries.Summary> history = jdbc.sql("""
                    select customer_id, x, tx_days, t_days, mean_value from analytics_customer_value
                    where model_id = :model and customer_id = :customer
                    """).param("model", model.id()).param("customer", customerId)
                    .query((rs, n) -> new PurchaseSummaries.Summary(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                            rs.getInt(4), rs.getBigDecimal(5))).optional();
            if (history.isEmpty()) {
                return new ClvResources.CustomerValueResource(customerId, model.id(), model.calibrationEnd(), horizonDays,
                        null, null, null, null);
            }
            PurchaseSummaries.Summary s = history.get();
            BgNbd bg = model.bgNbd();
            double unit = PurchaseSummaries.DAYS_PER_UNIT;
            double value = model.gammaGamma().expectedAverageValue(s.x(), s.zbar());
            double clv = DiscountedValue.clv(bg, unit, s.x(), s.tx(), s.bigT(), value, horizonDays,
                    model.yearlyDiscount().doubleValue());
            return new ClvResources.CustomerValueResource(customerId, model.id(), model.calibrationEnd(), horizonDays,
                    bg.pAlive(s.x(), s.tx(), s.bigT()), bg.conditionalExpectedPurchases(horizonDays / unit, s.x(), s.tx(),
                            s.bigT()), money(value), money(clv));
        });
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}

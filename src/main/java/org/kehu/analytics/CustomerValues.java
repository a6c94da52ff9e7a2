package org.kehu.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the lifetime value models (BG/NBD and Gamma-Gamma, fitted on the purchases) expect of customers, under the
 * current model (the newest fully scored one), as of its calibration end. For other modules (churn warns on a
 * falling P(alive)); it does not apply a data scope: callers ask only about customers their user may see.
 * A customer without a purchase by the calibration end has no value.
 */
@Service
public class CustomerValues {

    /**
     * One customer's value: the probability he is still active, the purchases (days with an order) expected in
     * the next 90, 180 and 365 days, the expected order value, the discounted CLV over the settings' horizon.
     */
    public record CustomerValue(long customerId, double pAlive, double expectedPurchases90, double expectedPurchases180,
            double expectedPurchases365, BigDecimal expectedOrderValue, BigDecimal clv, long modelId,
            LocalDate calibrationEnd) {
    }

    private static final String SELECT = """
            select v.customer_id, v.p_alive, v.expected_90, v.expected_180, v.expected_365, v.expected_order_value,
                   v.clv, m.id, m.calibration_end
            from analytics_customer_value v
            join (select id, calibration_end from analytics_clv_model where status = 'DONE' order by id desc limit 1) m
              on m.id = v.model_id
            where v.customer_id in (:ids)
            """;

    private final JdbcClient jdbc;

    CustomerValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The values of those of these customers the current model scored, by customer id. */
    @Transactional(readOnly = true)
    public Map<Long, CustomerValue> of(Collection<Long> customerIds) {
        List<Long> ids = customerIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, CustomerValue> values = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 10_000) {
            jdbc.sql(SELECT).param("ids", ids.subList(from, Math.min(ids.size(), from + 10_000)))
                    .query((rs, n) -> new CustomerValue(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getLong(8),
                            rs.getObject(9, LocalDate.class)))
                    .list().forEach(v -> values.put(v.customerId(), v));
        }
        return values;
    }

    /** Whether a current model (fully scored) is there, so that values can be asked for at all. */
    @Transactional(readOnly = true)
    public boolean hasModel() {
        return jdbc.sql("select exists (select 1 from analytics_clv_model where status = 'DONE')").query(Boolean.class).single();
    }

    /** One customer's value, if the current model scored him. */
    public Optional<CustomerValue> of(long customerId) {
        return Optional.ofNullable(of(List.of(customerId)).get(customerId));
    }
}

package org.kehu.customer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifetime value scores the analytics module computes, copied to the customer module's {@code customer_score}
 * ({@code p_alive}, {@code expected_purchases_365}, {@code clv}; one row per customer, null scores while unscored) so
 * that the customer list filters, sorts and pages by them on their indexes joined to the customer by key. Written in
 * sets (one statement per batch), never as an edit: neither the customer's version nor "last updated" moves. The
 * scores live apart from {@code customer} (V488) because their indexes made no update of a customer row HOT: a score
 * written there was a new entry in every one of customer's indexes.
 */
@Service
public class CustomerLifetimeValues {

    /** One customer's score: P(alive) 0–1, purchases expected in the next 365 days, the discounted CLV. */
    public record Score(long customerId, double pAlive, double expectedPurchases365, BigDecimal clv) {
    }

    private static final BigDecimal MAX_CLV = new BigDecimal("99999999999999.99");

    private final JdbcClient jdbc;

    CustomerLifetimeValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the scores of a batch of customers; ids that are no customer (any more) are passed over. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(List<Score> scores) {
        if (scores.isEmpty()) {
            return;
        }
        Long[] ids = new Long[scores.size()];
        BigDecimal[] pAlive = new BigDecimal[scores.size()];
        BigDecimal[] expected = new BigDecimal[scores.size()];
        BigDecimal[] clv = new BigDecimal[scores.size()];
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            ids[i] = s.customerId();
            lowest = Math.min(lowest, s.customerId());
            highest = Math.max(highest, s.customerId());
            pAlive[i] = bounded(s.pAlive(), 6, BigDecimal.ONE);
            expected[i] = bounded(s.expectedPurchases365(), 3, new BigDecimal("999999999"));
            clv[i] = s.clv() == null ? null : s.clv().min(MAX_CLV).max(MAX_CLV.negate());
        }
        // The id range bounds the join's scan of the primary key: a batch of 20,000 otherwise merge-joined the key
        // from the first customer on, so the later batches of a million read half a million keys each.
        jdbc.sql("""
                update customer_score c set p_alive = s.p_alive, expected_purchases_365 = s.expected, clv = s.clv
                  from unnest(cast(:ids as bigint[]), cast(:pAlive as numeric[]), cast(:expected as numeric[]),
                              cast(:clv as numeric[])) as s(id, p_alive, expected, clv)
                 where c.customer_id = s.id and c.customer_id between :lowest and :highest
                   and (c.p_alive, c.expected_purchases_365, c.clv) is distinct from (s.p_alive, s.expected, s.clv)""")
                .param("ids", ids).param("pAlive", pAlive).param("expected", expected).param("clv", clv)
                .param("lowest", lowest).param("highest", highest).update();
    }

    /** Clears the scores of customers the current model no longer scores. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update customer_score set p_alive = null, expected_purchases_365 = null, clv = null
                 where customer_id = any(:ids)
                   and (p_alive is not null or expected_purchases_365 is not null or clv is not null)""")
                .param("ids", customerIds.toArray(Long[]::new)).update();
    }

    private static BigDecimal bounded(double value, int scale, BigDecimal max) {
        if (!Double.isFinite(value) || value < 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        BigDecimal v = BigDecimal.valueOf(value).setScale(scale, java.math.RoundingMode.HALF_UP);
        return v.compareTo(max) > 0 ? max.setScale(scale) : v;
    }
}

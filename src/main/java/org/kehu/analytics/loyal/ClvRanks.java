package org.kehu.analytics.loyal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a CLV stands among the scored customers of the current lifetime value model: the hundred cut points
 * (the CLV at the top 1 %, 2 % … 100 %), computed once per model by one percentile aggregate and kept until the
 * next model, so that a page of the loyal list says "CLV 前10%" without counting the customers above each row.
 */
@Component
class ClvRanks {

    /** The cut points of one model: {@code cuts[k - 1]} is the lowest CLV still in the top k %. */
    record Cuts(long modelId, List<BigDecimal> cuts) {

        /** The CLV a customer needs to be in the top {@code percent} %. */
        BigDecimal cut(int percent) {
            return cuts.get(Math.max(1, Math.min(cuts.size(), percent)) - 1);
        }

        /** The smallest k such that {@code clv} is in the top k % (100 for the lowest). */
        int topPercent(BigDecimal clv) {
            for (int k = 1; k <= cuts.size(); k++) {
                if (clv.compareTo(cuts.get(k - 1)) >= 0) {
                    return k;
                }
            }
            return 100;
        }
    }

    private final JdbcClient jdbc;
    private final AtomicReference<Cuts> cached = new AtomicReference<>();

    ClvRanks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cut points under the current model; empty without one (or when it scored nobody). */
    Optional<Cuts> current() {
        Optional<Long> model = jdbc.sql("select id from analytics_clv_model where status = 'DONE' order by id desc limit 1")
                .query(Long.class).optional();
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Cuts known = cached.get();
        if (known != null && known.modelId() == model.get()) {
            return Optional.of(known);
        }
        // percentile_disc(1 - k/100): the lowest value that still has k % of the customers at or above it.
        Optional<Cuts> cuts = jdbc.sql("""
                select percentile_disc(array(select 1 - k / 100.0 from generate_series(1, 100) k))
                       within group (order by clv)
                  from analytics_customer_value where model_id = :model having count(*) > 0""")
                .param("model", model.get())
                .query((rs, n) -> new Cuts(model.get(), decimals(rs.getArray(1)))).optional();
        cuts.ifPresent(cached::set);
        return cuts;
    }

    private static List<BigDecimal> decimals(Array array) throws SQLException {
        List<BigDecimal> cuts = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            cuts.add((BigDecimal) value);
        }
        return List.copyOf(cuts);
    }
}

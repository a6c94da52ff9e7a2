package org.kehu.churn.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The early warning's share of the demo: the demo orders leave few customers whose P(alive) is below the default
 * threshold (0.3) without a warning already, so the demo raises the threshold, to at most 0.6, until the early
 * warning tab shows a handful. A real installation keeps the default until someone changes it.
 */
@Component
class EarlyWarningDemoData implements DemoData {

    private static final int HANDFUL = 5;
    private static final BigDecimal HIGHEST = new BigDecimal("0.600");

    private final JdbcClient jdbc;
    private final EarlyWarningStore store;
    private final SettingsStore settings;

    EarlyWarningDemoData(JdbcClient jdbc, EarlyWarningStore store, SettingsStore settings) {
        this.jdbc = jdbc;
        this.store = store;
        this.settings = settings;
    }

    @Override
    public Step step() {
        // After the churn share: the rule's warnings are there, and the early warning leaves their customers out.
        return Step.TARGETS;
    }

    @Override
    public void load() {
        long listed = store.countsByOwner(settings.current().pAliveThreshold()).values().stream().mapToLong(Long::longValue).sum();
        if (listed >= HANDFUL) {
            return;
        }
        jdbc.sql("""
                select cs.p_alive from customer c join customer_score cs on cs.customer_id = c.id
                 where cs.p_alive is not null and c.status <> 'LOST'
                   and not exists (select 1 from churn_warning w where w.customer_id = c.id and w.state <> 'CLEARED')
                 order by cs.p_alive, c.id offset :n limit 1""")
                .param("n", HANDFUL - 1).query(BigDecimal.class).optional()
                .map(p -> p.add(new BigDecimal("0.001")).setScale(3, RoundingMode.CEILING).min(HIGHEST))
                .filter(t -> t.compareTo(settings.current().pAliveThreshold()) > 0)
                .ifPresent(t -> jdbc.sql("update churn_setting set palive_threshold = :t where id = 1").param("t", t).update());
    }
}

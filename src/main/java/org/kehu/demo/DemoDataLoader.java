package org.kehu.demo;

import java.util.Comparator;
import java.util.List;

import org.kehu.shared.DemoData;
import org.kehu.shared.embedded.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once: on an embedded database that has no users yet, or on any empty database
 * when {@code kehu.demo-data=true}. {@code kehu.demo-data=false} turns it off everywhere. Each module
 * contributes its own share ({@link DemoData}), which this runs in the order of their steps.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final List<DemoData> shares;
    private final boolean embedded;
    private final String setting;

    DemoDataLoader(JdbcClient jdbc, TransactionTemplate tx, List<DemoData> shares,
            ObjectProvider<EmbeddedDatabase> embedded, @Value("${kehu.demo-data:}") String setting) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.shares = shares.stream().sorted(Comparator.comparing(DemoData::step)).toList();
        this.embedded = embedded.getIfAvailable() != null;
        this.setting = setting;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = setting.isBlank() ? embedded : Boolean.parseBoolean(setting);
        if (!wanted || jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> shares.forEach(DemoData::load));
        log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}

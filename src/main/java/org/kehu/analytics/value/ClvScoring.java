package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.kehu.customer.CustomerLifetimeValues;
import org.kehu.shared.jobs.PgCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores every customer under a fitted model into {@code analytics_customer_value}: the histories are streamed
 * from the database, scored a batch at a time on all cores and written by COPY, each batch committed with the
 * progress so that the page shows it; when all are in, the model becomes the current one and the scores of older
 * models go. Memory stays that of one batch however many customers there are.
 */
@Service
class ClvScoring {

    private static final Logger log = LoggerFactory.getLogger(ClvScoring.class);
    static final int BATCH = 20_000;
    private static final String COLUMNS = "model_id, customer_id, x, tx_days, t_days, mean_value, p_alive, expected_90, "
            + "expected_180, expected_365, expected_order_value, clv";

    private final PurchaseSummaries summaries;
    private final ClvModelStore store;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CustomerLifetimeValues customerColumns;
    private final TransactionTemplate read;
    private final TransactionTemplate own;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "clv-scoring");
        thread.setDaemon(true);
        return thread;
    });

    ClvScoring(PurchaseSummaries summaries, ClvModelStore store, DataSource dataSource, JdbcClient jdbc,
            PlatformTransactionManager transactions, CustomerLifetimeValues customerColumns) {
        this.customerColumns = customerColumns;
        this.summaries = summaries;
        this.store = store;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Scores in the background; the page follows the progress stored with the model. */
    void start(ClvModel model) {
        worker.execute(() -> {
            try {
                score(model, true);
            } catch (RuntimeException e) {
                log.error("Scoring customers under CLV model {} failed", model.id(), e);
                store.failed(model.id(), e.getMessage());
            }
        });
    }

    /**
     * Scores now, in the caller's thread. {@code ownTransactions}: each batch commits by itself (the job); else
     * everything goes into the caller's transaction (the demo data, whose purchases are not committed yet).
     */
    void score(ClvModel model, boolean ownTransactions) {
        long started = System.nanoTime();
        double rate = model.yearlyDiscount().doubleValue();
        List<PurchaseSummaries.Summary> batch = new ArrayList<>(BATCH);
        long[] done = {0};
        // nanoseconds spent scoring, copying the scores and copying them onto the customers, for the log
        long[] spent = new long[3];
        CustomerScore.Table table = new CustomerScore.Table(model.bgNbd(), model.gammaGamma(), model.horizonDays(),
                rate);
        Runnable flush = () -> {
            List<PurchaseSummaries.Summary> scoring = List.copyOf(batch);
            batch.clear();
            long t0 = System.nanoTime();
            List<CustomerScore> scores = scoring.parallelStream().map(table::score).toList();
            spent[0] += System.nanoTime() - t0;
            done[0] += scoring.size();
            long progress = done[0];
            Runnable write = () -> {
                write(model.id(), scoring, scores, spent);
                store.progress(model.id(), progress);
            };
            if (ownTransactions) {
                own.executeWithoutResult(status -> write.run());
            } else {
                write.run();
            }
        };
        Runnable all = () -> summaries.forEach(model.calibrationEnd(), summary -> {
            batch.add(summary);
            if (batch.size() == BATCH) {
                flush.run();
            }
        });
        if (ownTransactions) {
            read.executeWithoutResult(status -> all.run());
        } else {
            all.run();
        }
        if (!batch.isEmpty()) {
            flush.run();
        }
        Runnable finish = () -> {
            store.done(model.id(), done[0]);
            // Customers the older models scored and this one does not (merged away, say) lose their copied score.
            customerColumns.clear(jdbc.sql("""
                    select customer_id from analytics_customer_value where model_id < :id
                    except select customer_id from analytics_customer_value where model_id = :id""")
                    .param("id", model.id()).query(Long.class).list());
            jdbc.sql("delete from analytics_customer_value where model_id < :id").param("id", model.id()).update();
        };
        if (ownTransactions) {
            own.executeWithoutResult(status -> finish.run());
        } else {
            finish.run();
        }
        log.info("Scored {} customers under CLV model {} in {} ms: scoring {} ms, copying the scores {} ms, onto the"
                + " customers {} ms", done[0], model.id(), (System.nanoTime() - started) / 1_000_000,
                spent[0] / 1_000_000, spent[1] / 1_000_000, spent[2] / 1_000_000);
    }

    private void write(long modelId, List<PurchaseSummaries.Summary> summaries, List<CustomerScore> scores,
            long[] spent) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            long t0 = System.nanoTime();
            PgCopy copy = PgCopy.into(connection, "analytics_customer_value", COLUMNS);
            for (int i = 0; i < summaries.size(); i++) {
                PurchaseSummaries.Summary s = summaries.get(i);
                CustomerScore c = scores.get(i);
                copy.row(modelId, s.customerId(), s.x(), s.txDays(), s.tDays(),
                        s.meanValue() == null ? null : s.meanValue().setScale(2, RoundingMode.HALF_UP), c.pAlive(),
                        c.expected90(), c.expected180(), c.expected365(), money(c.expectedOrderValue()), money(c.clv()));
            }
            copy.finish();
            long t1 = System.nanoTime();
            spent[1] += t1 - t0;
            List<CustomerLifetimeValues.Score> copied = new ArrayList<>(summaries.size());
            for (int i = 0; i < summaries.size(); i++) {
                CustomerScore c = scores.get(i);
                copied.add(new CustomerLifetimeValues.Score(summaries.get(i).customerId(), c.pAlive(), c.expected365(),
                        money(c.clv())));
            }
            customerColumns.record(copied);
            spent[2] += System.nanoTime() - t1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the customer values", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static BigDecimal money(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}

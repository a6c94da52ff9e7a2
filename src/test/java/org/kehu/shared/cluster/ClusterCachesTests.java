package org.kehu.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cache change is heard through PostgreSQL (this node listens as every other does) only when its transaction
 * commits: a node never reloads a cache before the change is there to read, and a rolled-back change costs nothing.
 */
@SpringBootTest
class ClusterCachesTests {

    @Autowired
    ClusterCaches caches;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aChangeIsHeardAtCommitAndNotAtAll() throws Exception {
        AtomicInteger committedHeard = new AtomicInteger();
        AtomicInteger rolledBackHeard = new AtomicInteger();
        caches.onChange("test-committed", committedHeard::incrementAndGet);
        caches.onChange("test-rolled-back", rolledBackHeard::incrementAndGet);

        tx.executeWithoutResult(status -> {
            caches.changed("test-rolled-back");
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> {
            caches.changed("test-committed");
            sleep(Duration.ofMillis(1_500));
            assertThat(committedHeard).as("not before the commit").hasValue(0);
        });

        long committedAt = System.nanoTime();
        while (committedHeard.get() == 0 && System.nanoTime() - committedAt < 5_000_000_000L) {
            Thread.sleep(20);
        }
        assertThat(committedHeard).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - committedAt)).isLessThan(Duration.ofSeconds(1));
        assertThat(rolledBackHeard).hasValue(0);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

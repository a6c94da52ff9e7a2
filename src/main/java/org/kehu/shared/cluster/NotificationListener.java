package org.kehu.shared.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on {@value ClusterCaches#CHANNEL} with one connection of its own (outside the pool, which it would
 * otherwise hold forever) in a daemon thread, and drops the caches the notifications name. A lost connection is
 * opened again after a pause that doubles up to half a minute; since notifications sent meanwhile are lost, every
 * cache is dropped once the node listens again. A {@code select 1} every half minute finds a connection that died
 * without a word. The same connection listens on the channels of {@link ClusterSignals} (live chat) and hands
 * their payloads over.
 */
@Component
class NotificationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long PROBE_NANOS = Duration.ofSeconds(30).toNanos();
    private static final long MAX_PAUSE_MILLIS = 30_000;

    private final DataSource dataSource;
    private final ClusterCaches caches;
    private final ClusterSignals signals;
    private volatile boolean running;
    private volatile Connection connection;
    private volatile CountDownLatch listening = new CountDownLatch(1);
    private Thread thread;

    NotificationListener(DataSource dataSource, ClusterCaches caches, ClusterSignals signals) {
        this.dataSource = dataSource;
        this.caches = caches;
        this.signals = signals;
    }

    /** Starts listening and waits a little for it, so that a node taking requests hears what other nodes change. */
    @Override
    public void start() {
        running = true;
        listening = new CountDownLatch(1);
        thread = new Thread(this::listen, "kehu-cluster-caches");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!listening.await(10, TimeUnit.SECONDS)) {
                log.warn("Not yet listening for cache changes of other nodes; still trying");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long pause = 1_000;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + ClusterCaches.CHANNEL);
                    for (String channel : signals.channels()) {
                        s.execute("LISTEN " + channel);
                    }
                }
                caches.evictAll();
                signals.missed();
                listening.countDown();
                pause = 1_000;
                receive(c);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Listening for cache changes of other nodes failed; again in {} ms: {}", pause, e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            } finally {
                connection = null;
            }
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long probed = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    if (ClusterCaches.CHANNEL.equals(n.getName())) {
                        caches.evict(n.getParameter());
                    } else {
                        signals.deliver(n.getName(), n.getParameter());
                    }
                }
            }
            if (System.nanoTime() - probed > PROBE_NANOS) {
                try (Statement s = c.createStatement()) {
                    s.execute("select 1");
                }
                probed = System.nanoTime();
            }
        }
    }

    /** A connection of its own with the pool's settings; one from the data source where it is no Hikari pool. */
    private Connection open() throws SQLException {
        Connection c = null;
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            if (hikari.getJdbcUrl() != null) {
                Properties properties = new Properties();
                properties.putAll(hikari.getDataSourceProperties());
                if (hikari.getUsername() != null) {
                    properties.setProperty("user", hikari.getUsername());
                }
                if (hikari.getPassword() != null) {
                    properties.setProperty("password", hikari.getPassword());
                }
                properties.setProperty("ApplicationName", "kehu cache listener");
                c = new Driver().connect(hikari.getJdbcUrl(), properties);
            }
        }
        if (c == null) {
            c = dataSource.getConnection();
        }
        c.setAutoCommit(true);
        return c;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException | RuntimeException e) {
                // closing is all that is left to do with it
            }
        }
    }
}

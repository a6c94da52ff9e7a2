package org.kehu.shared.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Short signals every node hears (live chat messages, by id): {@link #send} issues {@code pg_notify(channel,
 * payload)} on the caller's connection, so a signal leaves at the commit of the caller's transaction, and
 * {@link NotificationListener} hands what any node sent to the receivers registered with {@link #subscribe}, on its
 * own thread. Subscribe while the application starts (in a bean's constructor): the listener listens on the
 * channels known when it starts. A payload carries ids, not data; receivers read the data committed with it.
 */
@Component
public class ClusterSignals {

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private final JdbcClient jdbc;
    private final Map<String, List<Receiver>> receivers = new ConcurrentHashMap<>();

    ClusterSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers what this node does with each payload of the channel, and what it does after the listening
     * connection was lost and opened again ({@code missed}: signals may have been lost meanwhile).
     */
    public void subscribe(String channel, Consumer<String> receive, Runnable missed) {
        if (!CHANNEL_NAME.matcher(channel).matches() || ClusterCaches.CHANNEL.equals(channel)) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        receivers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(new Receiver(receive, missed));
    }

    /** Sends the payload to every node, this one included: at the commit of the current transaction, or at once. */
    public void send(String channel, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", channel).param("payload", payload)
                .query((rs, n) -> n).list();
    }

    Set<String> channels() {
        return receivers.keySet();
    }

    void deliver(String channel, String payload) {
        for (Receiver r : receivers.getOrDefault(channel, List.of())) {
            try {
                r.receive().accept(payload);
            } catch (RuntimeException e) {
                log.warn("A receiver of {} failed on {}", channel, payload, e);
            }
        }
    }

    void missed() {
        receivers.values().forEach(list -> list.forEach(r -> {
            try {
                r.missed().run();
            } catch (RuntimeException e) {
                log.warn("A receiver failed to catch up", e);
            }
        }));
    }

    private record Receiver(Consumer<String> receive, Runnable missed) {
    }
}

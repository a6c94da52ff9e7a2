package org.kehu.portal.showcase;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits order-tracking tries, so that the four phone digits cannot be found by trying them all: at most
 * {@value #MAX_TRIES} tries per client address and per order number within {@link #WINDOW}. The tries are kept in
 * the database, so that every node counts the same ones. Each try is written in a transaction of its own: a
 * request that fails afterwards still counts.
 */
@Component
class TrackingLimiter {

    static final int MAX_TRIES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    TrackingLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts a try; answers false when the client or the order number has used up its tries. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean tryAllowed(String clientAddress, String orderNumber) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        String client = key(clientAddress);
        String order = key(orderNumber == null ? "" : orderNumber.strip().toUpperCase(Locale.ROOT));
        jdbc.sql("delete from portal_track_attempt where attempted_at < ?").param(since).update();
        int byClient = jdbc.sql("select count(*) from portal_track_attempt where client_key = ? and attempted_at >= ?")
                .params(client, since).query(Integer.class).single();
        int byOrder = jdbc.sql("select count(*) from portal_track_attempt where order_key = ? and attempted_at >= ?")
                .params(order, since).query(Integer.class).single();
        if (byClient >= MAX_TRIES || byOrder >= MAX_TRIES) {
            return false;
        }
        jdbc.sql("insert into portal_track_attempt(client_key, order_key, attempted_at) values (?, ?, ?)")
                .params(client, order, Timestamp.from(now)).update();
        return true;
    }

    private static String key(String text) {
        String t = text == null ? "" : text;
        return t.length() > 64 ? t.substring(0, 64) : t;
    }
}

package org.kehu.notification;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells users something. A notification stores a message key and its arguments, not text, so that each
 * recipient reads it in their own language; {@code link} is the page it is about. Joins the caller's
 * transaction: a refused change notifies nobody.
 */
@Service
public class Notifications {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Notifications(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Notifies each of {@code recipients} once (duplicates are dropped). {@code messageKey} is a key of the
     * message bundles whose {@code {0}}, {@code {1}} ... are {@code args}.
     */
    @Transactional
    public void notify(Collection<Long> recipients, String messageKey, List<String> args, String link) {
        if (recipients.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(recipients));
        jdbc.batchUpdate("insert into notification(recipient_id, message_key, args, link, created_at) values (?, ?, ?, ?, ?)",
                distinct, distinct.size(), (ps, recipient) -> {
                    Array array = ps.getConnection().createArrayOf("text", args.toArray());
                    ps.setLong(1, recipient);
                    ps.setString(2, messageKey);
                    ps.setArray(3, array);
                    ps.setString(4, link);
                    ps.setTimestamp(5, now);
                });
    }

    /** Notifies one user. */
    @Transactional
    public void notify(long recipient, String messageKey, List<String> args, String link) {
        notify(List.of(recipient), messageKey, args, link);
    }
}

package org.kehu.notification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's notifications: the newest, the unread count, marking them read. */
@Service
@Transactional
public class Inbox {

    /** One notification as stored; the page turns key and arguments into text. */
    public record Item(long id, String messageKey, Object[] args, String link, Instant createdAt, boolean read) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Inbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long unread(long userId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and read_at is null",
                Long.class, userId);
    }

    /** The newest {@code limit} notifications, unread and read. */
    @Transactional(readOnly = true)
    public List<Item> latest(long userId, int limit) {
        return jdbc.query("select id, message_key, args, link, created_at, read_at from notification"
                + " where recipient_id = ? order by created_at desc, id desc limit ?", Inbox::item, userId, limit);
    }

    /** Marks one of the user's notifications read and answers its link; empty when it is not theirs. */
    public Optional<String> open(long userId, long id) {
        List<String> links = jdbc.query("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?"
                + " returning link", (rs, n) -> rs.getString(1), Timestamp.from(clock.instant()), id, userId);
        // Links are written by the application; still, never send anyone off the site.
        return links.stream().findFirst().map(l -> l == null || !l.startsWith("/") || l.startsWith("//") ? "/notifications" : l);
    }

    public void readAll(long userId) {
        jdbc.update("update notification set read_at = ? where recipient_id = ? and read_at is null",
                Timestamp.from(clock.instant()), userId);
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        Array args = rs.getArray("args");
        Object[] values = args == null ? new Object[0] : (Object[]) args.getArray();
        return new Item(rs.getLong("id"), rs.getString("message_key"), values, rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
    }
}

package org.kehu.office.message;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal messages (短信) between users: the signed-in user's inbox and sent box, conversations, sending and replying.
 * A user sees only the messages they sent or received; any other answers "not found", as if it did not exist.
 */
@Service
@Transactional
public class MessageBox {

    static final int MAX_PAGE = 100;

    private static final String VISIBLE = """
            (m.sender_id = :me or exists (select 1 from internal_message_recipient v
                                           where v.message_id = m.id and v.recipient_id = :me))""";

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Clock clock;

    MessageBox(JdbcClient jdbc, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** The messages the user received, newest first; keyset paging by id. */
    @Transactional(readOnly = true)
    public KeysetPage<MessageRow> inbox(String after, int size) {
        long me = me();
        int n = PageBounds.size(size, MAX_PAGE);
        Long from = Cursor.given(after) ? Cursor.parseId(after, "after") : null;
        List<Raw> raw = jdbc.sql("""
                select m.id, m.subject, m.sender_id, m.sent_at, r.read_at, m.reply_to_id, coalesce(m.thread_id, m.id)
                  from internal_message_recipient r join internal_message m on m.id = r.message_id
                 where r.recipient_id = :me""" + (from == null ? "" : " and r.message_id < :from") + " " + """
                 order by r.message_id desc limit :limit""")
                .param("me", me).param("from", from).param("limit", n + 1).query(MessageBox::raw).list();
        return KeysetPage.forward(rows(raw), n, r -> Cursor.of(r.id()));
    }

    /** The messages the user sent, newest first; keyset paging by id. */
    @Transactional(readOnly = true)
    public KeysetPage<MessageRow> sent(String after, int size) {
        long me = me();
        int n = PageBounds.size(size, MAX_PAGE);
        Long from = Cursor.given(after) ? Cursor.parseId(after, "after") : null;
        List<Raw> raw = jdbc.sql("""
                select m.id, m.subject, m.sender_id, m.sent_at, null, m.reply_to_id, coalesce(m.thread_id, m.id)
                  from internal_message m
                 where m.sender_id = :me""" + (from == null ? "" : " and m.id < :from") + " " + """
                 order by m.id desc limit :limit""")
                .param("me", me).param("from", from).param("limit", n + 1).query(MessageBox::raw).list();
        return KeysetPage.forward(rows(raw), n, r -> Cursor.of(r.id()));
    }

    /** How many received messages the user has not read: the count beside the bell. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return jdbc.sql("select count(*) from internal_message_recipient where recipient_id = :me and read_at is null")
                .param("me", me()).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public MessageDetails get(long id) {
        return details(load(id), me());
    }

    /**
     * Opens a message: its whole conversation as far as the reader took part, oldest first, each message addressed to
     * the reader now read.
     */
    public List<MessageDetails> open(long id) {
        long me = me();
        Stored opened = load(id);
        long thread = opened.threadId();
        jdbc.sql("""
                update internal_message_recipient r set read_at = :now
                  from internal_message m
                 where m.id = r.message_id and (m.id = :thread or m.thread_id = :thread)
                   and r.recipient_id = :me and r.read_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("thread", thread).param("me", me).update();
        return jdbc.sql(SELECT + " where (m.id = :thread or m.thread_id = :thread) and " + VISIBLE + " order by m.id")
                .param("thread", thread).param("me", me).query(MessageBox::stored).list().stream()
                .map(s -> details(s, me)).toList();
    }

    /** Marks one received message read; again is no change. */
    public void markRead(long id) {
        load(id);
        jdbc.sql("""
                update internal_message_recipient set read_at = :now
                 where message_id = :id and recipient_id = :me and read_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("me", me()).update();
    }

    /** The people one may write to: every enabled user. */
    @Transactional(readOnly = true)
    public List<UserSummary> recipients() {
        return users.activeUsers();
    }

    /** Sends a message, or a reply when {@code replyToId} is set; answers the message sent. */
    public MessageDetails send(MessageInput in) {
        long me = me();
        Long thread = null;
        if (in.getReplyToId() != null) {
            Stored answered = jdbc.sql(SELECT + " where m.id = :id and " + VISIBLE).param("id", in.getReplyToId())
                    .param("me", me).query(MessageBox::stored).optional()
                    .orElseThrow(() -> InvalidInputException.of("replyToId", "office.message.error.reply-unknown"));
            thread = answered.threadId();
            if (in.getRecipientIds().isEmpty()) {
                in.setRecipientIds(new ArrayList<>(answered.senderId() == me ? recipientIds(answered.id())
                        : List.of(answered.senderId())));
            }
            if (in.getSubject() == null || in.getSubject().isBlank()) {
                in.setSubject(MessageChecks.replySubject(answered.subject()));
            }
        }
        Map<String, String> problems = MessageChecks.problems(in);
        if (!problems.containsKey("recipientIds")) {
            Set<Long> active = new HashSet<>(users.activeUsers().stream().map(UserSummary::id).toList());
            if (!active.containsAll(in.getRecipientIds())) {
                problems.put("recipientIds", "office.message.error.recipient-unknown");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = jdbc.sql("""
                insert into internal_message(sender_id, subject, body, reply_to_id, thread_id, sent_at)
                values (:me, :subject, :body, :replyTo, :thread, :now) returning id""")
                .param("me", me).param("subject", in.getSubject().strip()).param("body", in.getBody().strip())
                .param("replyTo", in.getReplyToId()).param("thread", thread)
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        for (Long recipient : new LinkedHashSet<>(in.getRecipientIds())) {
            jdbc.sql("insert into internal_message_recipient(message_id, recipient_id) values (:id, :to)")
                    .param("id", id).param("to", recipient).update();
        }
        return get(id);
    }

    /** The recipients of a reply to all: the sender and the other recipients of the message answered, without oneself. */
    @Transactional(readOnly = true)
    public List<Long> replyAllRecipients(long id) {
        long me = me();
        Stored answered = load(id);
        Set<Long> all = new LinkedHashSet<>();
        all.add(answered.senderId());
        all.addAll(recipientIds(id));
        all.remove(me);
        return all.isEmpty() ? List.of(me) : List.copyOf(all);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static final String SELECT = """
            select m.id, m.subject, m.body, m.sender_id, m.sent_at, m.reply_to_id, coalesce(m.thread_id, m.id)
              from internal_message m""";

    private record Stored(long id, String subject, String body, long senderId, Instant sentAt, Long replyToId,
            long threadId) {
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant(),
                rs.getObject(6, Long.class), rs.getLong(7));
    }

    private Stored load(long id) {
        return jdbc.sql(SELECT + " where m.id = :id and " + VISIBLE).param("id", id).param("me", me())
                .query(MessageBox::stored).optional().orElseThrow(() -> new RecordNotFoundException("Message", id));
    }

    private long me() {
        return users.requireCurrentUser().id();
    }

    private List<Long> recipientIds(long messageId) {
        return jdbc.sql("select recipient_id from internal_message_recipient where message_id = :id order by recipient_id")
                .param("id", messageId).query(Long.class).list();
    }

    private MessageDetails details(Stored s, long me) {
        record Row(long recipientId, Instant readAt) {
        }
        List<Row> recipients = jdbc.sql("""
                select recipient_id, read_at from internal_message_recipient where message_id = :id order by recipient_id""")
                .param("id", s.id())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .list();
        List<Long> ids = new ArrayList<>(recipients.stream().map(Row::recipientId).toList());
        ids.add(s.senderId());
        Map<Long, String> names = users.names(ids);
        boolean mine = s.senderId() == me;
        // Unread is a null time: find the row first, then read its time (a stream cannot carry the null).
        Instant myRead = recipients.stream().filter(r -> r.recipientId() == me).findFirst().map(Row::readAt).orElse(null);
        return new MessageDetails(s.id(), s.subject(), s.body(), s.senderId(), names.get(s.senderId()),
                recipients.stream().map(r -> new MessageDetails.Recipient(r.recipientId(), names.get(r.recipientId()),
                        mine ? r.readAt() : null)).toList(),
                s.sentAt(), s.replyToId(), s.threadId(), mine, myRead);
    }

    private record Raw(long id, String subject, long senderId, Instant sentAt, Instant readAt, Long replyToId,
            long threadId) {
    }

    private static Raw raw(ResultSet rs, int n) throws SQLException {
        return new Raw(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getObject(6, Long.class),
                rs.getLong(7));
    }

    private List<MessageRow> rows(List<Raw> raw) {
        if (raw.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> recipients = new HashMap<>();
        jdbc.sql("select message_id, recipient_id from internal_message_recipient where message_id = any(:ids) order by recipient_id")
                .param("ids", raw.stream().map(Raw::id).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> recipients.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Set<Long> people = new HashSet<>();
        raw.forEach(r -> people.add(r.senderId()));
        recipients.values().forEach(people::addAll);
        Map<Long, String> names = users.names(people);
        return raw.stream().map(r -> new MessageRow(r.id(), r.subject(), r.senderId(), names.get(r.senderId()),
                recipients.getOrDefault(r.id(), List.of()).stream().map(names::get).toList(), r.sentAt(), r.readAt(),
                r.replyToId(), r.threadId())).toList();
    }
}

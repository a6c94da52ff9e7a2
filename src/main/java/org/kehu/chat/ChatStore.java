package org.kehu.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.kehu.identity.OwnerScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The conversations, their messages and the operators' presence, in SQL. Names of customers, contacts and
 * operators are read with the rows (one query a page); nothing here checks who may see what.
 */
@Component
class ChatStore {

    /** Raw message as stored: a SYSTEM message's body is a sentence key with its argument. */
    record StoredMessage(long id, long conversationId, Sender sender, String authorName, String body, Instant sentAt) {
    }

    /** What a history filter narrows to; null fields do not narrow. */
    record HistoryFilter(Long customerId, Long operatorId, Instant from, Instant to) {
    }

    private static final String CONVERSATION = """
            select v.*, c.name as customer_name, ct.name as contact_name, u.name as operator_name
              from chat_conversation v
              join customer c on c.id = v.customer_id
              join contact ct on ct.id = v.contact_id
              left join app_user u on u.id = v.operator_id
            """;

    private final JdbcClient jdbc;

    ChatStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertConversation(long customerId, long contactId, Long accountId, Instant at) {
        return jdbc.sql("""
                insert into chat_conversation(customer_id, contact_id, portal_account_id, status, started_at, last_message_at)
                values (:customer, :contact, :account, 'WAITING', :at, :at) returning id""")
                .param("customer", customerId).param("contact", contactId).param("account", accountId)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    long insertMessage(long conversationId, Sender sender, Long authorId, String authorName, String body, Instant at) {
        long id = jdbc.sql("""
                insert into chat_message(conversation_id, sender, author_id, author_name, body, sent_at)
                values (:c, :s, :a, :n, :b, :at) returning id""")
                .param("c", conversationId).param("s", sender.name()).param("a", authorId).param("n", authorName)
                .param("b", body).param("at", Timestamp.from(at)).query(Long.class).single();
        jdbc.sql("update chat_conversation set last_message_at = :at where id = :c")
                .param("at", Timestamp.from(at)).param("c", conversationId).update();
        return id;
    }

    Optional<Conversation> find(long id) {
        return jdbc.sql(CONVERSATION + " where v.id = :id").param("id", id).query(ChatStore::conversation).optional();
    }

    /** Locks the row for a change of status: two operators taking one conversation, a close racing the timeout. */
    Optional<ConversationStatus> lockStatus(long id) {
        return jdbc.sql("select status from chat_conversation where id = :id for update").param("id", id)
                .query((rs, n) -> ConversationStatus.valueOf(rs.getString(1))).optional();
    }

    /** The contact's conversation still open (waiting or active), if any. */
    Optional<Conversation> openOfContact(long contactId) {
        return jdbc.sql(CONVERSATION + " where v.contact_id = :contact and v.status in ('WAITING', 'ACTIVE')"
                + " order by v.id desc limit 1").param("contact", contactId).query(ChatStore::conversation).optional();
    }

    List<Conversation> ofContact(long contactId, int limit) {
        return jdbc.sql(CONVERSATION + " where v.contact_id = :contact order by v.started_at desc, v.id desc limit :limit")
                .param("contact", contactId).param("limit", limit).query(ChatStore::conversation).list();
    }

    List<Conversation> waiting(int limit) {
        return jdbc.sql(CONVERSATION + " where v.status = 'WAITING' order by v.started_at, v.id limit :limit")
                .param("limit", limit).query(ChatStore::conversation).list();
    }

    List<Conversation> activeOf(long operatorId) {
        return jdbc.sql(CONVERSATION + " where v.status = 'ACTIVE' and v.operator_id = :op order by v.taken_at, v.id")
                .param("op", operatorId).query(ChatStore::conversation).list();
    }

    /** Waiting since before {@code before}, oldest first, skipping rows another node is turning into tickets. */
    List<Long> waitingSince(Instant before, int limit) {
        return jdbc.sql("""
                select id from chat_conversation where status = 'WAITING' and started_at < :before
                 order by started_at, id limit :limit for update skip locked""")
                .param("before", Timestamp.from(before)).param("limit", limit).query(Long.class).list();
    }

    void take(long id, long operatorId, Instant at) {
        jdbc.sql("update chat_conversation set status = 'ACTIVE', operator_id = :op, taken_at = :at where id = :id")
                .param("op", operatorId).param("at", Timestamp.from(at)).param("id", id).update();
    }

    void end(long id, ConversationStatus status, Instant at, Long ticketId, String ticketNumber) {
        jdbc.sql("""
                update chat_conversation set status = :status, ended_at = :at, ticket_id = :tid, ticket_number = :tno
                 where id = :id""")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("tid", ticketId)
                .param("tno", ticketNumber).param("id", id).update();
    }

    List<StoredMessage> messages(long conversationId) {
        return jdbc.sql("select * from chat_message where conversation_id = :c order by id").param("c", conversationId)
                .query(ChatStore::message).list();
    }

    /** The conversation's messages after {@code afterId}, in order: the resumption after a reconnect. */
    List<StoredMessage> messagesAfter(long conversationId, long afterId) {
        return jdbc.sql("select * from chat_message where conversation_id = :c and id > :after order by id limit 500")
                .param("c", conversationId).param("after", afterId).query(ChatStore::message).list();
    }

    /** Messages after {@code afterId} in the conversations the operator has open. */
    List<StoredMessage> operatorMessagesAfter(long operatorId, long afterId) {
        return jdbc.sql("""
                select m.* from chat_message m join chat_conversation v on v.id = m.conversation_id
                 where v.operator_id = :op and v.status = 'ACTIVE' and m.id > :after order by m.id limit 500""")
                .param("op", operatorId).param("after", afterId).query(ChatStore::message).list();
    }

    Optional<StoredMessage> message(long id) {
        return jdbc.sql("select * from chat_message where id = :id").param("id", id).query(ChatStore::message).optional();
    }

    long lastMessageId() {
        return jdbc.sql("select coalesce(max(id), 0) from chat_message").query(Long.class).single();
    }

    /** Whether anyone has a console open: a heartbeat within the window. */
    boolean operatorOnline(Instant now, Duration window) {
        return jdbc.sql("select exists(select 1 from chat_operator_presence where seen_at > :since)")
                .param("since", Timestamp.from(now.minus(window))).query(Boolean.class).single();
    }

    void seen(List<Long> operatorIds, Instant at) {
        if (operatorIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into chat_operator_presence(user_id, seen_at) select u, :at from unnest(:ids) as u
                on conflict (user_id) do update set seen_at = excluded.seen_at""")
                .param("at", Timestamp.from(at)).param("ids", operatorIds.toArray(Long[]::new)).update();
    }

    void gone(long operatorId) {
        jdbc.sql("delete from chat_operator_presence where user_id = :u").param("u", operatorId).update();
    }

    /**
     * History, newest first, keyset on (started_at, id): conversations of customers in the scope or answered by
     * the operator.
     */
    List<Conversation> history(HistoryFilter f, OwnerScope scope, long me, Instant beforeAt, Long beforeId, int limit) {
        var sql = new StringBuilder(CONVERSATION).append(" where (:all or c.owner_id = any(:scope) or v.operator_id = :me)");
        if (f.customerId() != null) {
            sql.append(" and v.customer_id = :customer");
        }
        if (f.operatorId() != null) {
            sql.append(" and v.operator_id = :operator");
        }
        if (f.from() != null) {
            sql.append(" and v.started_at >= :from");
        }
        if (f.to() != null) {
            sql.append(" and v.started_at < :to");
        }
        if (beforeAt != null) {
            sql.append(" and (v.started_at, v.id) < (:beforeAt, :beforeId)");
        }
        sql.append(" order by v.started_at desc, v.id desc limit :limit");
        JdbcClient.StatementSpec q = jdbc.sql(sql.toString()).param("all", scope.all()).param("scope", scope.ownerIdArray())
                .param("me", me).param("limit", limit);
        if (f.customerId() != null) {
            q = q.param("customer", f.customerId());
        }
        if (f.operatorId() != null) {
            q = q.param("operator", f.operatorId());
        }
        if (f.from() != null) {
            q = q.param("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            q = q.param("to", Timestamp.from(f.to()));
        }
        if (beforeAt != null) {
            q = q.param("beforeAt", Timestamp.from(beforeAt)).param("beforeId", beforeId);
        }
        return q.query(ChatStore::conversation).list();
    }

    /** Whether a staff user may read the conversation: its customer in their scope, or they answered it. */
    boolean visible(long id, OwnerScope scope, long me) {
        return jdbc.sql("""
                select exists(select 1 from chat_conversation v join customer c on c.id = v.customer_id
                 where v.id = :id and (:all or c.owner_id = any(:scope) or v.operator_id = :me))""")
                .param("id", id).param("all", scope.all()).param("scope", scope.ownerIdArray()).param("me", me)
                .query(Boolean.class).single();
    }

    List<Conversation> ofCustomer(long customerId, int limit) {
        return jdbc.sql(CONVERSATION + " where v.customer_id = :c order by v.started_at desc, v.id desc limit :limit")
                .param("c", customerId).param("limit", limit).query(ChatStore::conversation).list();
    }

    /** The first words the customer asked, for a summary line. */
    Optional<String> firstQuestion(long conversationId) {
        return jdbc.sql("select body from chat_message where conversation_id = :c and sender = 'CUSTOMER' order by id limit 1")
                .param("c", conversationId).query(String.class).optional();
    }

    Optional<String> customerName(long customerId) {
        return jdbc.sql("select name from customer where id = :id").param("id", customerId).query(String.class).optional();
    }

    private static Conversation conversation(ResultSet rs, int n) throws SQLException {
        return new Conversation(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("contact_id"),
                rs.getString("customer_name"), rs.getString("contact_name"),
                ConversationStatus.valueOf(rs.getString("status")), rs.getObject("operator_id", Long.class),
                rs.getString("operator_name"), instant(rs, "started_at"), instant(rs, "taken_at"),
                instant(rs, "ended_at"), rs.getObject("ticket_id", Long.class), rs.getString("ticket_number"),
                instant(rs, "last_message_at"));
    }

    private static StoredMessage message(ResultSet rs, int n) throws SQLException {
        return new StoredMessage(rs.getLong("id"), rs.getLong("conversation_id"), Sender.valueOf(rs.getString("sender")),
                rs.getString("author_name"), rs.getString("body"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

package org.kehu.support.ticket;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kehu.support.TicketFile;
import org.kehu.support.TicketFileInfo;
import org.kehu.support.TicketMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes a ticket's messages with the customer and its attachments; the rules live in the services. */
@Repository
public class TicketConversationStore {

    private final JdbcClient jdbc;

    TicketConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long addMessage(long ticketId, TicketMessage.Author author, Long contactId, Long userId, String body,
            Instant at) {
        return jdbc.sql("""
                insert into ticket_message(ticket_id, author, contact_id, user_id, body, created_at)
                values (:t, :a, :c, :u, :b, :at) returning id""")
                .param("t", ticketId).param("a", author.name()).param("c", contactId).param("u", userId)
                .param("b", body).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    public void addFiles(long ticketId, Long messageId, List<TicketFiles.Checked> files) {
        for (TicketFiles.Checked f : files) {
            jdbc.sql("""
                    insert into ticket_attachment(ticket_id, message_id, filename, content_type, size_bytes, content)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(ticketId, messageId, f.filename(), f.contentType(), f.content().length, f.content()).update();
        }
    }

    /** The messages oldest first, each with its files. */
    public List<TicketMessage> messages(long ticketId) {
        Map<Long, List<TicketFileInfo>> byMessage = files(ticketId).stream().filter(f -> f.messageId() != null)
                .collect(Collectors.groupingBy(TicketFileInfo::messageId, Collectors.toCollection(ArrayList::new)));
        return jdbc.sql("""
                select m.id, m.author, coalesce(u.name, ct.name) as author_name, m.body, m.created_at
                  from ticket_message m left join app_user u on u.id = m.user_id left join contact ct on ct.id = m.contact_id
                 where m.ticket_id = :t order by m.created_at, m.id""").param("t", ticketId)
                .query((rs, n) -> new TicketMessage(rs.getLong("id"), TicketMessage.Author.valueOf(rs.getString("author")),
                        rs.getString("author_name"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
                        byMessage.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** Every file of the ticket, the ones given at its opening ({@code messageId} null) and the messages'. */
    public List<TicketFileInfo> files(long ticketId) {
        return jdbc.sql("""
                select id, message_id, filename, content_type, size_bytes from ticket_attachment
                 where ticket_id = :t order by id""").param("t", ticketId)
                .query((rs, n) -> new TicketFileInfo(rs.getLong(1), TicketStore.longOrNull(rs, "message_id"),
                        rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    public Optional<TicketFile> file(long attachmentId) {
        return jdbc.sql("select ticket_id, filename, content_type, content from ticket_attachment where id = :id")
                .param("id", attachmentId)
                .query((rs, n) -> new TicketFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }
}

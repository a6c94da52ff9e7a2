package org.kehu.support;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.support.ticket.TicketConversationStore;
import org.kehu.support.ticket.TicketStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One customer's own service tickets, for the customer portal: scoped by the customer id the caller (the portal)
 * has established, with no staff data scope. Another customer's ticket, step or file is "not found".
 */
@Service
@Transactional(readOnly = true)
public class CustomerTickets {

    /** Which of the customer's tickets a list shows: open ones are not archived yet. */
    public enum Which {
        OPEN, CLOSED, ALL
    }

    /** The kinds of ticket a customer opens on the portal: a question, a repair, a complaint or a suggestion. */
    public static final List<String> PORTAL_TYPES = List.of("CONSULTATION", "REPAIR", "COMPLAINT", "SUGGESTION");

    public static final int MAX_PAGE_SIZE = 100;

    /**
     * The steps the customer sees: the flow's progress (received, assigned, handled, feedback, closed, reopened).
     * The service manager's REVIEW of the feedback and the department's leader INSTRUCTION are staff-internal and
     * not shown at all.
     */
    static final Set<String> CUSTOMER_STEPS = Set.of("CREATE", "ASSIGN", "HANDLE", "FEEDBACK", "ARCHIVE", "REOPEN");
    /**
     * The steps whose note the customer sees: their own description (CREATE) and their own rating (FEEDBACK). The
     * notes of assignment, handling, archive and reopening are written by staff for staff (who takes it, what was
     * done inside, why it was reopened) and stay internal; what staff tell the customer goes in a reply message.
     */
    static final Set<String> CUSTOMER_NOTES = Set.of("CREATE", "FEEDBACK");

    private final JdbcClient jdbc;
    private final TicketStore store;
    private final TicketConversationStore conversation;

    CustomerTickets(JdbcClient jdbc, TicketStore store, TicketConversationStore conversation) {
        this.jdbc = jdbc;
        this.store = store;
        this.conversation = conversation;
    }

    /** How many of the customer's tickets are open (not archived). */
    public long countOpen(long customerId) {
        return jdbc.sql("select count(*) from ticket where customer_id = :c and status <> 'ARCHIVED'")
                .param("c", customerId).query(Long.class).single();
    }

    /**
     * The customer's tickets newest first, keyset paged on the id (forward only); only those of {@code contactId}
     * when it is given, else the whole company's.
     */
    public KeysetPage<CustomerTicketRow> page(long customerId, Long contactId, Which which, String after, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        StringBuilder sql = new StringBuilder("""
                select t.id, t.number, t.type_code, t.subject, t.status, ct.name as contact_name, t.created_at, t.updated_at
                  from ticket t left join contact ct on ct.id = t.contact_id
                 where t.customer_id = :customer""");
        if (contactId != null) {
            sql.append(" and t.contact_id = :contact");
        }
        sql.append(switch (which) {
            case OPEN -> " and t.status <> 'ARCHIVED'";
            case CLOSED -> " and t.status = 'ARCHIVED'";
            case ALL -> "";
        });
        boolean fromCursor = Cursor.given(after);
        if (fromCursor) {
            sql.append(" and t.id < :after");
        }
        sql.append(" order by t.id desc limit :limit");
        JdbcClient.StatementSpec query = jdbc.sql(sql.toString()).param("customer", customerId).param("limit", limit + 1);
        if (contactId != null) {
            query = query.param("contact", contactId);
        }
        if (fromCursor) {
            query = query.param("after", Cursor.parseId(after, "after"));
        }
        List<CustomerTicketRow> rows = query.query((rs, n) -> new CustomerTicketRow(rs.getLong("id"), rs.getString("number"),
                rs.getString("type_code"), rs.getString("subject"), TicketStatus.valueOf(rs.getString("status")),
                rs.getString("contact_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant())).list();
        return KeysetPage.of(rows, limit, false, fromCursor, true, r -> Cursor.of(r.id()));
    }

    /** The customer's ticket of this number; empty for an unknown number or another customer's ticket. */
    public Optional<TicketDetails> find(long customerId, String number) {
        if (number == null || number.isBlank() || number.length() > 20) {
            return Optional.empty();
        }
        return jdbc.sql("select id from ticket where number = :n and customer_id = :c").param("n", number.strip())
                .param("c", customerId).query(Long.class).optional().flatMap(store::find);
    }

    /** The steps of the customer's ticket the customer may see, oldest first, see {@link #CUSTOMER_STEPS}. */
    public List<TicketStep> steps(TicketDetails ticket) {
        return store.steps(ticket.id()).stream().filter(s -> CUSTOMER_STEPS.contains(s.kind()))
                .map(s -> new TicketStep(s.id(), s.kind(), s.fromStatus(), s.toStatus(), null, null, s.at(),
                        CUSTOMER_NOTES.contains(s.kind()) ? s.note() : null))
                .toList();
    }

    /** The conversation of the customer's ticket, oldest first. */
    public List<TicketMessage> messages(TicketDetails ticket) {
        return conversation.messages(ticket.id());
    }

    /** The files given when the ticket was opened. */
    public List<TicketFileInfo> openingFiles(TicketDetails ticket) {
        return conversation.files(ticket.id()).stream().filter(f -> f.messageId() == null).toList();
    }

    /** A file of one of the customer's tickets; empty for an unknown file or one of another customer's ticket. */
    public Optional<TicketFile> file(long customerId, long attachmentId) {
        return conversation.file(attachmentId).filter(f -> jdbc.sql("select customer_id from ticket where id = :t")
                .param("t", f.ticketId()).query(Long.class).optional().filter(c -> c == customerId).isPresent());
    }
}

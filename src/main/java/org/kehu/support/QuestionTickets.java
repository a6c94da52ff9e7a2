package org.kehu.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.kehu.support.sla.ServiceLevels;
import org.kehu.support.ticket.TicketStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service tickets for questions a customer asked outside the ticket pages (the live Q&A when nobody answered in
 * time, or an operator turning a conversation into a ticket): a consultation on the channel PORTAL, created for the
 * customer the caller has established, by the operator when there is one, by nobody otherwise. Also a customer's
 * open tickets, for the operator who talks with them.
 */
@Service
@Transactional
public class QuestionTickets {

    /** ticket.subject is varchar(200). */
    static final int SUBJECT_LENGTH = 200;

    private final TicketStore store;
    private final ServiceLevels levels;
    private final JdbcClient jdbc;
    private final Clock clock;

    QuestionTickets(TicketStore store, ServiceLevels levels, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.levels = levels;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A ticket reference: its id (for staff links) and number (for the customer). */
    public record Opened(long id, String number) {
    }

    /** An open ticket of a customer, as the operator's side panel lists it. */
    public record OpenTicket(long id, String number, String subject, TicketStatus status, Instant createdAt) {
    }

    /**
     * Opens a consultation ticket with the question as its content; {@code createdBy} is the operator, or null when
     * the system opens it because nobody answered.
     */
    public Opened open(long customerId, long contactId, String subject, String content, Long createdBy) {
        Instant now = clock.instant();
        String s = subject.strip();
        if (s.length() > SUBJECT_LENGTH) {
            s = s.substring(0, SUBJECT_LENGTH - 1) + "…";
        }
        TicketInput in = new TicketInput(customerId, contactId, "CONSULTATION", "NORMAL", "PORTAL", s, content, null,
                null, null, null, null, null, null, null, null);
        ServiceLevels.Due due = levels.due(in.typeCode(), in.priorityCode(), now);
        String number = store.nextNumber(now);
        long id = store.jdbcInsert(number, in, false, createdBy, now, due);
        store.step(id, "CREATE", null, TicketStatus.CREATED, createdBy, now, s);
        return new Opened(id, number);
    }

    /** The customer's tickets that are not archived, newest first. */
    @Transactional(readOnly = true)
    public List<OpenTicket> openOf(long customerId, int limit) {
        return jdbc.sql("""
                select id, number, subject, status, created_at from ticket
                 where customer_id = :c and status <> 'ARCHIVED' order by created_at desc, id desc limit :limit""")
                .param("c", customerId).param("limit", Math.max(1, Math.min(limit, 50)))
                .query((rs, n) -> new OpenTicket(rs.getLong("id"), rs.getString("number"), rs.getString("subject"),
                        TicketStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

}

package org.kehu.support;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.UserDirectory;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.support.ticket.TicketConversationStore;
import org.kehu.support.ticket.TicketFiles;
import org.kehu.support.ticket.TicketStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's conversation with the customer, staff side: the messages the customer wrote on the portal with their
 * files, and staff's replies to the customer, which the portal shows and announces to the contact by e-mail
 * ({@link TicketAnsweredForCustomer}). Staff see only the tickets of their scope, as on the ticket page.
 */
@Service
@Transactional
public class TicketConversation {

    private final ServiceTickets tickets;
    private final TicketConversationStore store;
    private final TicketStore ticketStore;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketConversation(ServiceTickets tickets, TicketConversationStore store, TicketStore ticketStore,
            UserDirectory users, ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.store = store;
        this.ticketStore = ticketStore;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public List<TicketMessage> messages(long ticketId) {
        tickets.get(ticketId);
        return store.messages(ticketId);
    }

    /** The files given when the ticket was opened on the portal. */
    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public List<TicketFileInfo> openingFiles(long ticketId) {
        tickets.get(ticketId);
        return store.files(ticketId).stream().filter(f -> f.messageId() == null).toList();
    }

    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public TicketFile file(long ticketId, long attachmentId) {
        tickets.get(ticketId);
        return store.file(attachmentId).filter(f -> f.ticketId() == ticketId)
                .orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
    }

    /**
     * A reply to the customer on an open ticket: shown on the portal, and the contact is told by e-mail. It answers
     * the customer, so it stops the response clock like the first step does.
     */
    @PreAuthorize("hasAuthority('ticket.handle')")
    public TicketMessage reply(long ticketId, String body, List<TicketUpload> files) {
        TicketDetails t = tickets.get(ticketId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            problems.put("body", "support.error.required");
        } else if (!InputLimits.fitsLength(body.strip(), InputLimits.LONG_TEXT)) {
            problems.put("body", "support.error.too-long");
        }
        List<TicketFiles.Checked> checked = List.of();
        try {
            checked = TicketFiles.check(files, "files");
        } catch (InvalidInputException e) {
            problems.putAll(e.fieldErrors());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!t.status().open()) {
            throw new RuleViolationException("support.error.ticket-closed", "The ticket is closed");
        }
        Instant now = clock.instant();
        long id = store.addMessage(ticketId, TicketMessage.Author.STAFF, null, users.requireCurrentUser().id(),
                body.strip(), now);
        store.addFiles(ticketId, id, checked);
        ticketStore.markResponded(ticketId, now);
        events.publishEvent(new TicketAnsweredForCustomer(ticketId, t.number(), t.subject(), t.customerId(), t.contactId()));
        return store.messages(ticketId).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }
}

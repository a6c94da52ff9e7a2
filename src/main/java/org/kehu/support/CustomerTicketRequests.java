package org.kehu.support;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.DepartmentSummary;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.notification.Notifications;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.support.ticket.TicketConversationStore;
import org.kehu.support.ticket.TicketFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer's contact does with the company's tickets on the portal: opens one (channel PORTAL) with its
 * files, writes to staff on an open one, and gives the satisfaction feedback the flow asks for once the ticket is
 * handled. The caller (the portal) establishes the customer and contact and checks that a product or order named
 * is the customer's own; another customer's ticket is "not found". Each call checks everything before it writes,
 * so a refused field or file leaves nothing half-saved.
 */
@Service
@Transactional
public class CustomerTicketRequests {

    /** Portal tickets start at normal priority: the service manager raises it when needed. */
    static final String PORTAL_PRIORITY = "NORMAL";
    /**
     * Complaints and suggestions from the portal go through the same routing as staff-entered ones, to the
     * department that answers customers: the service department, or the first department when there is none. The
     * customer does not classify them; they arrive as category OTHER (and a complaint's target is the product when
     * one is named, else the service) for staff to refine on the ticket.
     */
    static final String ROUTED_TO = "SERVICE";

    private final ServiceTickets tickets;
    private final CustomerTickets reads;
    private final TicketConversationStore conversation;
    private final UserDirectory users;
    private final Notifications notifications;
    private final Clock clock;

    CustomerTicketRequests(ServiceTickets tickets, CustomerTickets reads, TicketConversationStore conversation,
            UserDirectory users, Notifications notifications, Clock clock) {
        this.tickets = tickets;
        this.reads = reads;
        this.conversation = conversation;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Opens a ticket for the customer's contact; every problem is reported at once, field by field. */
    public TicketDetails open(long customerId, long contactId, NewCustomerTicket in, List<TicketUpload> files) {
        Map<String, String> problems = problems(customerId, contactId, in, files);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TicketDetails t = tickets.createAs(input(customerId, contactId, in), null);
        conversation.addFiles(t.id(), null, TicketFiles.check(files, "files"));
        if (!ServiceTickets.routed(t.typeCode())) {
            notifications.notify(managers(), "support.notify.portal-ticket", List.of(t.number(), t.subject()), link(t));
        }
        return t;
    }

    /**
     * What {@link #open} would refuse, field name to message key (empty when nothing): for a page that has checks
     * of its own (the product and order are the customer's) and shows every problem at once.
     */
    @Transactional(readOnly = true)
    public Map<String, String> problems(long customerId, long contactId, NewCustomerTicket in, List<TicketUpload> files) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.typeCode() == null || !CustomerTickets.PORTAL_TYPES.contains(in.typeCode())) {
            problems.put("typeCode", "support.error.required");
        }
        try {
            tickets.checks().checkForCustomer(input(customerId, contactId, in));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(problems::putIfAbsent);
        }
        try {
            TicketFiles.check(files, "files");
        } catch (InvalidInputException e) {
            problems.putAll(e.fieldErrors());
        }
        return problems;
    }

    private TicketInput input(long customerId, long contactId, NewCustomerTicket in) {
        // an unknown kind is reported on its own; the other fields are still checked as for a question
        String type = in.typeCode() != null && CustomerTickets.PORTAL_TYPES.contains(in.typeCode()) ? in.typeCode()
                : "CONSULTATION";
        boolean routed = ServiceTickets.routed(type);
        String category = routed ? "OTHER" : null;
        String target = "COMPLAINT".equals(type) ? (in.productId() != null ? "PRODUCT" : "SERVICE") : null;
        return new TicketInput(customerId, contactId, type, PORTAL_PRIORITY, "PORTAL", in.subject(), in.content(),
                in.productId(), in.orderNumber(), null, category, target, null, routed ? routedDepartment() : null, null,
                null);
    }

    /** The contact writes to staff on an open ticket; its handler (or, unassigned, the service managers) is told. */
    public TicketMessage reply(long customerId, long contactId, String number, String body, List<TicketUpload> files) {
        TicketDetails t = reads.find(customerId, number).orElseThrow(() -> new RecordNotFoundException("Ticket", number));
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
        long id = conversation.addMessage(t.id(), TicketMessage.Author.CUSTOMER, contactId, null, body.strip(), now);
        conversation.addFiles(t.id(), id, checked);
        List<Long> told = t.assigneeId() != null ? List.of(t.assigneeId()) : managers();
        notifications.notify(told, "support.notify.customer-message", List.of(t.number(), t.subject()), link(t));
        return conversation.messages(t.id()).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    /**
     * The customer's satisfaction (1–5) and comment on a handled ticket: the flow's FEEDBACK step, recorded as staff
     * record it. Refused when the ticket is not waiting for it (not handled yet, or the feedback already given).
     */
    public TicketDetails feedback(long customerId, String number, Integer satisfaction, String comment) {
        TicketDetails t = reads.find(customerId, number).orElseThrow(() -> new RecordNotFoundException("Ticket", number));
        return tickets.feedbackFromCustomer(t.id(), customerId, satisfaction, comment);
    }

    /** Whether the ticket waits for the customer's feedback: handled, and the feedback not given yet. */
    public static boolean awaitsFeedback(TicketDetails t) {
        return t.status().canMoveTo(TicketStatus.FEEDBACK);
    }

    private Long routedDepartment() {
        List<DepartmentSummary> all = users.departments();
        return all.stream().filter(d -> ROUTED_TO.equals(d.code())).findFirst()
                .or(() -> all.stream().findFirst()).map(DepartmentSummary::id).orElse(null);
    }

    private List<Long> managers() {
        return users.usersWith(Permission.TICKET_ASSIGN).stream().map(UserSummary::id).toList();
    }

    private static String link(TicketDetails t) {
        return "/tickets/" + t.id();
    }
}

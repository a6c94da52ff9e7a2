package org.kehu.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kehu.catalog.Inventory;
import org.kehu.catalog.StockLine;
import org.kehu.customer.CustomerManagement;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.notification.Notifications;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.support.sla.ServiceLevels;
import org.kehu.support.sla.SlaClocks;
import org.kehu.support.ticket.TicketChecks;
import org.kehu.support.ticket.TicketStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service tickets from creation to archive: CREATED → ASSIGNED → HANDLED → FEEDBACK → ARCHIVED, and REOPENED
 * (with a reason) back to ASSIGNED. Service staff create, handle and record the customer's feedback; the
 * service manager assigns and reviews; a satisfaction below 3 is archived only after that review. A step out
 * of order is refused with a {@link RuleViolationException} naming the step and the state. Every step is kept
 * with who, when and what was said. Complaints and suggestions go to the responsible department, whose head
 * records the leader instruction (or opinion). Archiving publishes {@link TicketArchived}.
 * <p>
 * Service levels: at creation a ticket gets its response and resolution due times in working time. The
 * response is given at the first step after creation (the assignment, or handling); the resolution when the
 * ticket is handled. Either one late is marked breached, at that step or by the scheduled breach check.
 */
@Service
@Transactional
public class ServiceTickets {

    /** The longest note of a step (assign, review, archive, reopen, instruction): the page fields' maxlength. */
    static final int STEP_NOTE_LENGTH = 2000;
    /** ticket.feedback_comment is varchar(1000). */
    static final int FEEDBACK_COMMENT_LENGTH = 1000;

    private final TicketStore store;
    private final TicketChecks checks;
    private final ServiceLevels levels;
    private final SlaClocks clocks;
    private final CustomerManagement customers;
    private final UserDirectory users;
    private final Inventory inventory;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    ServiceTickets(TicketStore store, TicketChecks checks, ServiceLevels levels, SlaClocks clocks,
            CustomerManagement customers, UserDirectory users, Inventory inventory, Notifications notifications,
            AuditTrail audit, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.levels = levels;
        this.clocks = clocks;
        this.customers = customers;
        this.users = users;
        this.inventory = inventory;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The ticket, or 404 when unknown or its customer is outside the user's scope. */
    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public TicketDetails get(long id) {
        return visible(store.find(id).orElseThrow(() -> new RecordNotFoundException("Ticket", id)));
    }

    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public List<TicketStep> steps(long id) {
        get(id);
        return store.steps(id);
    }

    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public List<TicketPart> parts(long id) {
        get(id);
        return store.parts(id);
    }

    /** Where the ticket stands against its response and resolution targets, now. */
    @Transactional(readOnly = true)
    public SlaState sla(TicketDetails ticket) {
        return clocks.state(ticket, levels.workingTime(), clock.instant());
    }

    @PreAuthorize("hasAuthority('ticket.create')")
    public TicketDetails create(TicketInput in) {
        return createAs(in, users.requireCurrentUser().id());
    }

    /**
     * Creates the ticket as staff member {@code createdBy}, or, when null, as the customer on the portal; complaints
     * and suggestions are routed to their department alike.
     */
    TicketDetails createAs(TicketInput in, Long createdBy) {
        if (createdBy == null) {
            checks.checkForCustomer(in);
        } else {
            checks.check(in);
        }
        Instant now = clock.instant();
        ServiceLevels.Due due = levels.due(in.typeCode(), in.priorityCode(), now);
        boolean routed = routed(in.typeCode());
        long id = store.jdbcInsert(store.nextNumber(now), in, routed, createdBy, now, due);
        store.step(id, "CREATE", null, TicketStatus.CREATED, createdBy, now, trim(in.content()));
        TicketDetails t = store.find(id).orElseThrow();
        audit.recordChange(AuditAction.CREATE, "ticket", id, t.number(), null, Map.of("subject", t.subject(),
                "type", t.typeCode(), "customer", t.customerName()));
        if (routed) {
            tellDepartment(t);
        }
        return t;
    }

    /** Edits the fields of a ticket that is not archived. */
    @PreAuthorize("hasAuthority('ticket.handle') or hasAuthority('ticket.create')")
    public TicketDetails update(long id, TicketInput in) {
        TicketDetails old = locked(id, in.version());
        require(old, TicketAction.EDIT);
        TicketInput fixed = new TicketInput(in.customerId(), in.contactId(), old.typeCode(), in.priorityCode(),
                in.channel(), in.subject(), in.content(), in.productId(), in.orderNumber(), in.requestedAt(),
                in.categoryCode(), in.targetCode(), in.judgement(), in.departmentId(), in.handlingPlan(), in.version());
        checks.check(fixed);
        store.jdbcUpdate(id, fixed, routed(old.typeCode()), clock.instant());
        TicketDetails t = store.find(id).orElseThrow();
        audit.recordChange(AuditAction.UPDATE, "ticket", id, t.number(), Map.of("subject", old.subject()),
                Map.of("subject", t.subject()));
        if (routed(t.typeCode()) && !java.util.Objects.equals(old.departmentId(), t.departmentId())) {
            tellDepartment(t);
        }
        return t;
    }

    /** The service manager gives a new or reopened ticket (or reassigns an assigned one) to a member of staff. */
    @PreAuthorize("hasAuthority('ticket.assign')")
    public TicketDetails assign(long id, Long assigneeId, String note, Long version) {
        bounded("note", note);
        TicketDetails t = locked(id, version);
        require(t, TicketAction.ASSIGN);
        if (assigneeId == null || users.usersWith(Permission.TICKET_HANDLE).stream().map(UserSummary::id)
                .noneMatch(u -> Objects.equals(u, assigneeId))) {
            throw InvalidInputException.of("assigneeId", "support.error.assignee");
        }
        Instant now = clock.instant();
        store.assign(id, assigneeId, now);
        store.markResponded(id, now);
        store.step(id, "ASSIGN", t.status(), TicketStatus.ASSIGNED, me(), now, trim(note));
        notifications.notify(assigneeId, "support.notify.assigned", List.of(t.number(), t.subject()), link(t));
        return store.find(id).orElseThrow();
    }

    /** Staff record what was done; after-sales tickets also record the service and the spare parts used. */
    @PreAuthorize("hasAuthority('ticket.handle')")
    public TicketDetails handle(long id, HandlingInput in) {
        TicketDetails t = locked(id, in.version());
        require(t, TicketAction.HANDLE);
        checks.check(in, t);
        Instant now = clock.instant();
        if (t.afterSales()) {
            if (!in.parts().isEmpty()) {
                List<StockLine> lines = in.parts().stream().map(p -> new StockLine(p.productId(), p.quantity())).toList();
                inventory.issue(in.warehouseId(), lines, text("support.part.reason", t.number()), t.number());
                for (HandlingInput.PartLine p : in.parts()) {
                    store.addPart(id, p.productId(), in.warehouseId(), p.quantity(), me(), now);
                }
            }
            String person = trim(in.servicePerson()) == null ? users.requireCurrentUser().name() : in.servicePerson().strip();
            store.recordService(id, in.serviceType(), in.serviceTime() == null ? now : in.serviceTime(), person,
                    in.serviceContent(), in.charges(), in.customerFeedback());
        }
        store.markResponded(id, now);
        store.markHandled(id, now);
        store.step(id, "HANDLE", t.status(), TicketStatus.HANDLED, me(), now, trim(in.note()));
        return store.find(id).orElseThrow();
    }

    /** The customer's satisfaction (1–5) and comment, recorded by staff. */
    @PreAuthorize("hasAuthority('ticket.handle')")
    public TicketDetails feedback(long id, Integer satisfaction, String comment, Long version) {
        checkFeedback(satisfaction, comment);
        return recordFeedback(locked(id, version), satisfaction, comment, me());
    }

    /**
     * The customer's own satisfaction and comment, given on the portal: the same step with the same data as when
     * staff record it (so the satisfaction reports count it), without a staff member; 404 for another customer's
     * ticket. Once given, the ticket has left the step, and a second one is refused as out of order.
     */
    TicketDetails feedbackFromCustomer(long id, long customerId, Integer satisfaction, String comment) {
        checkFeedback(satisfaction, comment);
        TicketDetails t = store.lock(id).filter(found -> found.customerId() == customerId)
                .orElseThrow(() -> new RecordNotFoundException("Ticket", id));
        return recordFeedback(t, satisfaction, comment, null);
    }

    private static void checkFeedback(Integer satisfaction, String comment) {
        if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
            throw InvalidInputException.of("satisfaction", "support.error.satisfaction");
        }
        if (!InputLimits.fitsLength(comment, FEEDBACK_COMMENT_LENGTH)) {
            throw InvalidInputException.of("comment", "support.error.too-long");
        }
    }

    private TicketDetails recordFeedback(TicketDetails t, int satisfaction, String comment, Long actor) {
        long id = t.id();
        require(t, TicketAction.FEEDBACK);
        Instant now = clock.instant();
        store.recordFeedback(id, satisfaction, comment, now);
        store.step(id, "FEEDBACK", t.status(), TicketStatus.FEEDBACK, actor, now,
                satisfaction + "/5" + (trim(comment) == null ? "" : " " + comment.strip()));
        if (satisfaction < 3) {
            notifications.notify(users.usersWith(Permission.TICKET_APPROVE).stream().map(UserSummary::id).toList(),
                    "support.notify.review", List.of(t.number(), String.valueOf(satisfaction)), link(t));
        }
        return store.find(id).orElseThrow();
    }

    /** The service manager's review of the feedback, with their opinion; needed to archive a low satisfaction. */
    @PreAuthorize("hasAuthority('ticket.approve')")
    public TicketDetails review(long id, String opinion, Long version) {
        if (trim(opinion) == null) {
            throw InvalidInputException.of("opinion", "support.error.required");
        }
        bounded("opinion", opinion);
        TicketDetails t = locked(id, version);
        require(t, TicketAction.REVIEW);
        Instant now = clock.instant();
        store.markReviewed(id, now);
        store.step(id, "REVIEW", t.status(), TicketStatus.FEEDBACK, me(), now, opinion.strip());
        return store.find(id).orElseThrow();
    }

    @PreAuthorize("hasAuthority('ticket.handle') or hasAuthority('ticket.approve')")
    public TicketDetails archive(long id, String note, Long version) {
        bounded("note", note);
        TicketDetails t = locked(id, version);
        require(t, TicketAction.ARCHIVE);
        if (t.reviewRequired()) {
            throw new RuleViolationException("support.error.review-required",
                    "Satisfaction below 3: the service manager must review the ticket first", t.satisfaction());
        }
        Instant now = clock.instant();
        store.archive(id, now);
        store.step(id, "ARCHIVE", t.status(), TicketStatus.ARCHIVED, me(), now, trim(note));
        events.publishEvent(new TicketArchived(id, t.number(), t.customerId(), t.contactId(), t.typeCode(),
                t.satisfaction(), now, t.assigneeId()));
        return store.find(id).orElseThrow();
    }

    /** An archived ticket opened again, with the reason; it then waits to be assigned. */
    @PreAuthorize("hasAuthority('ticket.handle') or hasAuthority('ticket.approve')")
    public TicketDetails reopen(long id, String reason, Long version) {
        if (trim(reason) == null) {
            throw InvalidInputException.of("reason", "support.error.reason");
        }
        bounded("reason", reason);
        TicketDetails t = locked(id, version);
        require(t, TicketAction.REOPEN);
        Instant now = clock.instant();
        store.reopen(id, now);
        store.step(id, "REOPEN", t.status(), TicketStatus.REOPENED, me(), now, reason.strip());
        return store.find(id).orElseThrow();
    }

    /**
     * A step's note (ticket_step.note and ticket.leader_instruction are text columns, so the database would
     * take anything): refused beyond what the page's fields allow, naming the field.
     */
    private static void bounded(String field, String text) {
        if (!InputLimits.fitsLength(text, STEP_NOTE_LENGTH)) {
            throw InvalidInputException.of(field, "support.error.too-long");
        }
    }

    /**
     * The leader instruction of a complaint or the leader opinion of a suggestion: only the head of the
     * responsible department, or a service manager, records it.
     */
    @PreAuthorize("hasAuthority('ticket.view')")
    public TicketDetails instruct(long id, String text, Long version) {
        TicketDetails t = locked(id, version);
        if (!routed(t.typeCode())) {
            throw new RuleViolationException("support.error.no-instruction", "Only complaints and suggestions get a leader instruction");
        }
        require(t, TicketAction.INSTRUCT);
        if (!mayInstruct(t)) {
            throw new AccessDeniedException("Only the department head records the instruction");
        }
        if (trim(text) == null) {
            throw InvalidInputException.of("instruction", "support.error.required");
        }
        bounded("instruction", text);
        Instant now = clock.instant();
        store.recordInstruction(id, text.strip(), me(), now);
        store.step(id, "INSTRUCTION", t.status(), t.status(), me(), now, text.strip());
        if (t.assigneeId() != null) {
            notifications.notify(t.assigneeId(), "support.notify.instruction", List.of(t.number()), link(t));
        }
        return store.find(id).orElseThrow();
    }

    /**
     * The steps the signed-in user may take on this ticket now: allowed by its status, by one of the user's
     * permissions, and for the leader instruction by the ticket's type and department.
     */
    @Transactional(readOnly = true)
    public Set<TicketAction> openActions(TicketDetails t) {
        CurrentUser me = users.requireCurrentUser();
        Set<TicketAction> open = java.util.EnumSet.noneOf(TicketAction.class);
        for (TicketAction a : t.status().actions()) {
            if (a.permissions().stream().anyMatch(me::can)
                    && (a != TicketAction.INSTRUCT || routed(t.typeCode()) && mayInstruct(t))) {
                open.add(a);
            }
        }
        return open;
    }

    /** Whether the signed-in user may record the leader instruction of this ticket. */
    @Transactional(readOnly = true)
    public boolean mayInstruct(TicketDetails t) {
        CurrentUser me = users.requireCurrentUser();
        if (me.can(Permission.TICKET_APPROVE)) {
            return true;
        }
        return t.departmentId() != null && users.departmentHead(t.departmentId()).filter(h -> h == me.id()).isPresent();
    }

    /** The checks of what is entered on a ticket, for the portal's requests. */
    TicketChecks checks() {
        return checks;
    }

    /** Due times under the current service-level settings, for loading many tickets at once. */
    @Transactional(readOnly = true)
    public TicketDueCalculator dueCalculator() {
        Map<String, ServiceLevels.Target> targets = new java.util.HashMap<>();
        levels.targets().forEach(t -> targets.put(t.typeCode() + "/" + t.priorityCode(), t));
        return new TicketDueCalculator(levels.workingTime(), targets);
    }

    /** Staff who may be given tickets. */
    @Transactional(readOnly = true)
    public List<UserSummary> assignees() {
        return users.usersWith(Permission.TICKET_HANDLE);
    }

    private TicketDetails locked(long id, Long version) {
        TicketDetails t = visible(store.lock(id).orElseThrow(() -> new RecordNotFoundException("Ticket", id)));
        if (version != null && version != t.version()) {
            throw new ConcurrentEditException("Ticket", id);
        }
        return t;
    }

    private TicketDetails visible(TicketDetails t) {
        if (!users.ownerScope().all()) {
            if (customers.summary(t.customerId()).isEmpty()) {
                throw new RecordNotFoundException("Ticket", t.id());
            }
        }
        return t;
    }

    private void require(TicketDetails t, TicketAction action) {
        if (!action.allowedFrom(t.status())) {
            String stepLabel = text("support.step." + action.key());
            String statusLabel = text("support.status." + t.status().name());
            throw new RuleViolationException("support.error.out-of-order",
                    "Cannot " + action.key() + " a ticket that is " + t.status(), stepLabel, statusLabel);
        }
    }

    private void tellDepartment(TicketDetails t) {
        if (t.departmentId() != null) {
            notifications.notify(users.usersInDepartmentTree(t.departmentId()), "support.notify.routed",
                    List.of(t.number(), t.subject()), link(t));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private long me() {
        return users.requireCurrentUser().id();
    }

    static boolean routed(String typeCode) {
        return "COMPLAINT".equals(typeCode) || "SUGGESTION".equals(typeCode);
    }

    private static String link(TicketDetails t) {
        return "/tickets/" + t.id();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}

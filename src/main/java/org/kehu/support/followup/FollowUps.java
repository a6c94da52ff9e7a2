package org.kehu.support.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.notification.Notifications;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up visits (回访): planned by hand for chosen customers or after an archived ticket, listed by
 * who and when, and recorded with their result. The customer's data scope applies to everything here.
 */
@Service
@Transactional
public class FollowUps {

    public static final int PAGE_SIZE = 50;
    static final int MAX_CUSTOMERS = 500;

    private final FollowUpRepository repository;
    private final FollowUpQueries queries;
    private final FollowUpExport export;
    private final CustomerManagement customers;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    FollowUps(FollowUpRepository repository, FollowUpQueries queries, FollowUpExport export, CustomerManagement customers,
            UserDirectory users, AuditTrail audit, Notifications notifications, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.export = export;
        this.customers = customers;
        this.users = users;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public KeysetPage<FollowUpView> page(FollowUpFilter filter, String after) {
        CurrentUser me = users.requireCurrentUser();
        return queries.page(filter, users.ownerScope(me), me.id(), today(), after, PAGE_SIZE);
    }

    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public CappedCount count(FollowUpFilter filter) {
        CurrentUser me = users.requireCurrentUser();
        return queries.count(filter, users.ownerScope(me), me.id(), today());
    }

    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public FollowUpView get(long id) {
        return queries.find(id, users.ownerScope()).orElseThrow(() -> new RecordNotFoundException("Follow-up", id));
    }

    /** The customer's visits, newest first; 404 when the customer is outside the scope. */
    @PreAuthorize("hasAuthority('ticket.view')")
    @Transactional(readOnly = true)
    public List<FollowUpView> ofCustomer(long customerId) {
        if (customers.summary(customerId).isEmpty()) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        return queries.ofCustomer(customerId);
    }

    /** Staff who may make visits: those who may handle tickets. */
    @Transactional(readOnly = true)
    public List<UserSummary> assignees() {
        return users.usersWith(Permission.TICKET_HANDLE);
    }

    @PreAuthorize("hasAuthority('ticket.handle')")
    public List<Long> plan(FollowUpPlan plan) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Long> ids = plan.customerIds() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(plan.customerIds()));
        if (ids.isEmpty()) {
            errors.put("customerIds", "followup.error.no-customers");
        } else if (ids.size() > MAX_CUSTOMERS) {
            errors.put("customerIds", "followup.error.too-many-customers");
        }
        if (plan.plannedOn() == null) {
            errors.put("plannedOn", "followup.error.date-required");
        } else if (plan.plannedOn().isBefore(today())) {
            errors.put("plannedOn", "followup.error.date-past");
        }
        if (plan.method() == null) {
            errors.put("method", "followup.error.method-required");
        }
        if (plan.assigneeId() != null && assignees().stream().noneMatch(u -> u.id() == plan.assigneeId())) {
            errors.put("assigneeId", "followup.error.assignee");
        }
        if (plan.contactId() != null && ids.size() > 1) {
            errors.put("contactId", "followup.error.contact-one-customer");
        }
        if (plan.note() != null && plan.note().length() > 1000) {
            errors.put("note", "followup.error.too-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var visible = customers.summaries(ids);
        for (Long id : ids) {
            if (!visible.containsKey(id)) {
                throw new RecordNotFoundException("Customer", id);
            }
        }
        if (plan.contactId() != null) {
            ContactDetails contact = customers.contact(plan.contactId());
            if (contact.customerId() != ids.get(0)) {
                throw InvalidInputException.of("contactId", "followup.error.contact");
            }
        }
        long me = users.requireCurrentUser().id();
        String note = plan.note() == null || plan.note().isBlank() ? null : plan.note().strip();
        List<Long> created = new ArrayList<>();
        for (Long customerId : ids) {
            FollowUp f = repository.save(new FollowUp(customerId, plan.contactId(), null, null, plan.plannedOn(),
                    plan.assigneeId(), plan.method(), note, me, clock.instant()));
            created.add(f.getId());
        }
        repository.flush();
        tellAssignee(plan.assigneeId(), me, created.size(), plan.plannedOn());
        return created;
    }

    /** Records the visit's result; a visit recorded before, or a stale version, answers 409. */
    @PreAuthorize("hasAuthority('ticket.handle')")
    public FollowUpView record(long id, FollowUpResult in) {
        FollowUpView view = get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.method() == null) {
            errors.put("method", "followup.error.method-required");
        }
        if (in.result() == null || in.result().isBlank()) {
            errors.put("result", "followup.error.result-required");
        } else if (in.result().length() > 2000) {
            errors.put("result", "followup.error.too-long");
        }
        if (in.satisfaction() != null && (in.satisfaction() < 1 || in.satisfaction() > 5)) {
            errors.put("satisfaction", "followup.error.satisfaction");
        }
        if (in.version() == null) {
            errors.put("version", "followup.error.version-required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        FollowUp f = repository.findById(view.id()).orElseThrow();
        if (in.version() != f.getVersion()) {
            throw new ConcurrentEditException("Follow-up", id);
        }
        f.record(in.method(), in.result().strip(), in.satisfaction(), users.requireCurrentUser().id(), clock.instant());
        repository.saveAndFlush(f);
        audit.recordChange(AuditAction.UPDATE, "follow_up", id, view.customerName(), Map.of("done", false),
                Map.of("done", true, "result", in.result().strip()));
        return get(id);
    }

    /** Moves an open visit to another day or person. */
    @PreAuthorize("hasAuthority('ticket.handle')")
    public FollowUpView reschedule(long id, LocalDate plannedOn, Long assigneeId, Long version) {
        FollowUpView view = get(id);
        if (plannedOn == null) {
            throw InvalidInputException.of("plannedOn", "followup.error.date-required");
        }
        if (assigneeId != null && assignees().stream().noneMatch(u -> u.id() == assigneeId)) {
            throw InvalidInputException.of("assigneeId", "followup.error.assignee");
        }
        FollowUp f = repository.findById(view.id()).orElseThrow();
        if (version == null || version != f.getVersion()) {
            throw new ConcurrentEditException("Follow-up", id);
        }
        f.reschedule(plannedOn, assigneeId);
        repository.saveAndFlush(f);
        if (assigneeId != null && !assigneeId.equals(view.assigneeId())) {
            tellAssignee(assigneeId, users.requireCurrentUser().id(), 1, plannedOn);
        }
        return get(id);
    }

    @PreAuthorize("hasAuthority('ticket.export')")
    @Transactional(readOnly = true)
    public void export(FollowUpFilter filter, TableExport.Format format, OutputStream out) throws IOException {
        CurrentUser me = users.requireCurrentUser();
        var scope = users.ownerScope(me);
        export.write(format, out, sink -> queries.forEach(filter, scope, me.id(), today(), sink));
    }

    /** The assignee learns of visits someone else gave them. */
    private void tellAssignee(Long assigneeId, long by, int count, LocalDate day) {
        if (assigneeId != null && assigneeId != by) {
            notifications.notify(assigneeId, "followup.notify.assigned", List.of(String.valueOf(count), day.toString()),
                    "/follow-ups?view=mine");
        }
    }

    /** Today in China, by the injectable clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }
}

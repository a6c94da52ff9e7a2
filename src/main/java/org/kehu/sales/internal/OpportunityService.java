package org.kehu.sales.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.notification.Notifications;
import org.kehu.sales.internal.OpportunityHistory.Action;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, assigns and moves opportunities through their stages. Every method applies the
 * signed-in user's data scope (outside it: 404), records each change in the opportunity's history and
 * in the audit log, and refuses a step out of order with 409 and the reason. Plans and closing are in
 * {@link DevelopmentPlans}.
 */
@Service
@Transactional
public class OpportunityService {

    private final OpportunityRepository repository;
    private final ScopedOpportunities scoped;
    private final OpportunityChecks checks;
    private final Stages stages;
    private final OpportunityHistory history;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    OpportunityService(OpportunityRepository repository, ScopedOpportunities scoped, OpportunityChecks checks,
            Stages stages, OpportunityHistory history, UserDirectory users, AuditTrail audit,
            Notifications notifications, Clock clock) {
        this.repository = repository;
        this.scoped = scoped;
        this.checks = checks;
        this.stages = stages;
        this.history = history;
        this.users = users;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The opportunity, or 404 when unknown or outside the scope. */
    @PreAuthorize("hasAuthority('opportunity.view')")
    @Transactional(readOnly = true)
    public Opportunity get(long id) {
        return scoped.load(id);
    }

    /** A new opportunity, owned by its creator until it is assigned. */
    @PreAuthorize("hasAuthority('opportunity.create')")
    public Opportunity create(OpportunityInput input) {
        CurrentUser user = users.requireCurrentUser();
        OpportunityFields fields = checks.check(input, null);
        Instant now = clock.instant();
        Opportunity o = new Opportunity(user.id(), now);
        o.edit(fields, now);
        repository.saveAndFlush(o);
        history.record(o.getId(), user.id(), now, Action.CREATED, null, OpportunityStatus.NEW.name(), o.getStageCode());
        audit.recordChange(AuditAction.CREATE, "opportunity", o.getId(), o.getProspectName(), null, auditValues(o));
        return o;
    }

    /** Saves the fields; {@code input.version} must be the version read, else 409. Won and lost: 409. */
    @PreAuthorize("hasAuthority('opportunity.edit')")
    public Opportunity update(long id, OpportunityInput input) {
        Opportunity o = scoped.load(id);
        o.requireOpen();
        OpportunityFields fields = checks.check(input, o);
        if (input.getVersion() != o.getVersion()) {
            throw new ConcurrentEditException("Opportunity", id);
        }
        Map<String, Object> before = auditValues(o);
        String stageBefore = o.getStageCode();
        Instant now = clock.instant();
        o.edit(fields, now);
        repository.saveAndFlush(o);
        long by = users.requireCurrentUser().id();
        if (!Objects.equals(stageBefore, o.getStageCode())) {
            history.record(id, by, now, Action.STAGE, stageBefore, o.getStageCode(), null);
        }
        audit.recordChange(AuditAction.UPDATE, "opportunity", id, o.getProspectName(), before, auditValues(o));
        return o;
    }

    /**
     * Assigns opportunities to an account manager, who becomes their owner and is told. All or nothing: one
     * outside the scope fails the whole assignment with 404, one won or lost with 409.
     */
    @PreAuthorize("hasAuthority('opportunity.assign')")
    public List<Opportunity> assign(Collection<Long> ids, Long assigneeId) {
        if (ids == null || ids.isEmpty()) {
            throw InvalidInputException.of("ids", "sales.error.choose-opportunities");
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("ids", "input.error.null-element");
        }
        if (assigneeId == null || users.assignableOwners(Permission.OPPORTUNITY_EDIT).stream()
                .noneMatch(u -> u.id() == assigneeId)) {
            throw InvalidInputException.of("assigneeId", "sales.error.assignee");
        }
        CurrentUser user = users.requireCurrentUser();
        Instant now = clock.instant();
        // Every one is checked before any changes, so a refusal leaves all of them as they were.
        List<Opportunity> chosen = new LinkedHashSet<>(ids).stream().map(scoped::load).toList();
        for (Opportunity o : chosen) {
            if (o.getStatus().isClosed()) {
                throw new RuleViolationException("sales.error.assign-closed",
                        "A won or lost opportunity cannot be assigned", o.getProspectName(), o.getStatus().name());
            }
        }
        List<Opportunity> assigned = new java.util.ArrayList<>();
        for (Opportunity o : chosen) {
            long id = o.getId();
            String statusBefore = o.getStatus().name();
            String ownerBefore = o.getAssignedTo() == null ? null : o.getAssignedTo().toString();
            o.assign(assigneeId, now);
            repository.saveAndFlush(o);
            history.record(id, user.id(), now, Action.ASSIGNED, ownerBefore, assigneeId.toString(),
                    statusBefore.equals(o.getStatus().name()) ? null : statusBefore + "→" + o.getStatus().name());
            audit.recordChange(AuditAction.UPDATE, "opportunity", id, o.getProspectName(),
                    Map.of("assignedTo", ownerBefore == null ? "" : ownerBefore), Map.of("assignedTo", assigneeId));
            if (assigneeId != user.id()) {
                notifications.notify(assigneeId, "sales.notify.assigned", List.of(user.name(), o.getProspectName()),
                        "/opportunities/" + id);
            }
            assigned.add(o);
        }
        return assigned;
    }

    /** Moves an open opportunity to another stage (the kanban's drag). */
    @PreAuthorize("hasAuthority('opportunity.edit')")
    public Opportunity changeStage(long id, String stageCode) {
        Opportunity o = scoped.load(id);
        o.requireOpen();
        if (stageCode == null || !stages.isValid(stageCode)) {
            throw InvalidInputException.of("stageCode", "sales.error.unknown-code");
        }
        if (stageCode.equals(o.getStageCode())) {
            return o;
        }
        String before = o.getStageCode();
        Instant now = clock.instant();
        o.moveToStage(stageCode, stages.defaultProbability(stageCode), now);
        repository.saveAndFlush(o);
        history.record(id, users.requireCurrentUser().id(), now, Action.STAGE, before, stageCode, null);
        audit.recordChange(AuditAction.UPDATE, "opportunity", id, o.getProspectName(), Map.of("stageCode", before),
                Map.of("stageCode", stageCode));
        return o;
    }

    static Map<String, Object> auditValues(Opportunity o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prospectName", o.getProspectName());
        m.put("sourceCode", o.getSourceCode());
        m.put("summary", o.getSummary());
        m.put("contactName", o.getContactName());
        m.put("contactPhone", o.getContactPhone());
        m.put("expectedAmount", o.getExpectedAmount());
        m.put("expectedCloseDate", o.getExpectedCloseDate() == null ? null : o.getExpectedCloseDate().toString());
        m.put("stageCode", o.getStageCode());
        m.put("probability", o.getProbability());
        m.put("status", o.getStatus().name());
        m.put("ownerId", o.getOwnerId());
        return m;
    }
}

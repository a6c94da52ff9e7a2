package org.kehu.sales.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactInput;
import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerInput;
import org.kehu.customer.CustomerManagement;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.sales.CompetitorChoices;
import org.kehu.sales.OpportunityLost;
import org.kehu.sales.OpportunityWon;
import org.kehu.sales.internal.OpportunityHistory.Action;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development plan of an assigned opportunity: dated steps written by its assignee, each step's result
 * recorded afterwards (the first result starts the development), and closing it as won (which creates the
 * customer and its contact through the customer module) or lost (with the reason).
 */
@Service
@Transactional
public class DevelopmentPlans {

    /** How a plan ends. */
    public enum Outcome { WON, LOST }

    private final OpportunityRepository repository;
    private final PlanStepRepository steps;
    private final ScopedOpportunities scoped;
    private final OpportunityHistory history;
    private final CustomerManagement customers;
    private final Dictionary dictionary;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<CompetitorChoices> competitors;

    DevelopmentPlans(OpportunityRepository repository, PlanStepRepository steps, ScopedOpportunities scoped,
            OpportunityHistory history, CustomerManagement customers, Dictionary dictionary, UserDirectory users,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, List<CompetitorChoices> competitors) {
        this.competitors = competitors;
        this.repository = repository;
        this.steps = steps;
        this.scoped = scoped;
        this.history = history;
        this.customers = customers;
        this.dictionary = dictionary;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('opportunity.view')")
    @Transactional(readOnly = true)
    public List<PlanStep> steps(long opportunityId) {
        scoped.load(opportunityId);
        return steps.findByOpportunityIdOrderByPlannedOnAscIdAsc(opportunityId);
    }

    /** Adds a dated step; the opportunity must be assigned and still open, and the writer its assignee. */
    @PreAuthorize("hasAuthority('opportunity.edit')")
    public PlanStep addStep(long opportunityId, LocalDate plannedOn, String item) {
        Opportunity o = scoped.load(opportunityId);
        o.requirePlanCanChange();
        CurrentUser user = requireAssigneeOrDirector(o);
        Map<String, String> e = new LinkedHashMap<>();
        String text = OpportunityChecks.clean(item);
        if (plannedOn == null) {
            e.put("plannedOn", "sales.error.required");
        } else if (plannedOn.getYear() < 2000 || plannedOn.getYear() > 2100) {
            e.put("plannedOn", "sales.error.date");
        }
        if (text == null) {
            e.put("item", "sales.error.required");
        } else if (text.length() > 500) {
            e.put("item", "sales.error.too-long");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
        Instant now = clock.instant();
        PlanStep step = steps.saveAndFlush(new PlanStep(opportunityId, plannedOn, text, user.id(), now));
        history.record(opportunityId, user.id(), now, Action.PLAN_STEP, null, plannedOn.toString(), text);
        return step;
    }

    /** Records what came of a step; the first result moves an assigned opportunity to developing. */
    @PreAuthorize("hasAuthority('opportunity.edit')")
    public PlanStep recordResult(long opportunityId, long stepId, String result) {
        Opportunity o = scoped.load(opportunityId);
        o.requirePlanCanChange();
        CurrentUser user = requireAssigneeOrDirector(o);
        PlanStep step = steps.findById(stepId).filter(s -> s.getOpportunityId() == opportunityId)
                .orElseThrow(() -> new RecordNotFoundException("Plan step", stepId));
        String text = OpportunityChecks.clean(result);
        if (text == null) {
            throw InvalidInputException.of("result", "sales.error.required");
        }
        if (text.length() > 1000) {
            throw InvalidInputException.of("result", "sales.error.too-long");
        }
        Instant now = clock.instant();
        String statusBefore = o.getStatus().name();
        step.recordResult(text, user.id(), now);
        o.resultRecorded(now);
        steps.saveAndFlush(step);
        repository.saveAndFlush(o);
        history.record(opportunityId, user.id(), now, Action.RESULT, step.getPlannedOn().toString(), null, text);
        if (!statusBefore.equals(o.getStatus().name())) {
            history.record(opportunityId, user.id(), now, Action.STATUS, statusBefore,
                    o.getStatus().name(), null);
        }
        return step;
    }

    /**
     * Closes the plan. Won: creates the customer (owned by the opportunity's owner) and, when a contact was
     * named, its main contact through the customer module, and links both. Lost: the reason is required.
     */
    @PreAuthorize("hasAuthority('opportunity.edit')")
    public Opportunity close(long opportunityId, Outcome outcome, String reasonCode, String note) {
        return close(opportunityId, outcome, reasonCode, note, null);
    }

    /**
     * Closes the plan as {@link #close(long, Outcome, String, String)} does; a lost one may name the competitor it
     * was lost to (one the competitor module knows, else 400), carried by {@link OpportunityLost}.
     */
    @PreAuthorize("hasAuthority('opportunity.edit')")
    public Opportunity close(long opportunityId, Outcome outcome, String reasonCode, String note, Long lostToCompetitorId) {
        Opportunity o = scoped.load(opportunityId);
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "sales.error.outcome");
        }
        requireAssigneeOrDirector(o);
        CurrentUser user = users.requireCurrentUser();
        Instant now = clock.instant();
        String statusBefore = o.getStatus().name();
        String cleanNote = OpportunityChecks.clean(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            throw InvalidInputException.of("note", "sales.error.too-long");
        }
        if (outcome == Outcome.WON) {
            o.requireWinnable();
            // A prospect that is already a customer in the user's scope is linked, not created a second time.
            CustomerDetails customer = customers.findByName(o.getProspectName())
                    .orElseGet(() -> customers.create(customerFrom(o), true));
            ContactDetails contact = o.getContactName() == null ? null : existingContact(customer.id(), o.getContactName())
                    .orElseGet(() -> customers.addContact(customer.id(), contactFrom(o)));
            o.win(customer.id(), contact == null ? null : contact.id(), now);
            repository.saveAndFlush(o);
            history.record(opportunityId, user.id(), now, Action.WON, statusBefore, o.getStatus().name(), cleanNote);
            events.publishEvent(new OpportunityWon(opportunityId, customer.id(), o.getExpectedAmount()));
        } else {
            o.requireClosable();
            String reason = OpportunityChecks.clean(reasonCode);
            if (reason == null) {
                throw InvalidInputException.of("reason", "sales.error.reason-required");
            }
            if (!dictionary.isValid(DictionaryType.LOST_REASON, reason)) {
                throw InvalidInputException.of("reason", "sales.error.unknown-code");
            }
            if (lostToCompetitorId != null && competitors.stream().noneMatch(c -> c.find(lostToCompetitorId).isPresent())) {
                throw InvalidInputException.of("lostToCompetitorId", "sales.error.unknown-competitor");
            }
            o.lose(reason, cleanNote, now);
            repository.saveAndFlush(o);
            history.record(opportunityId, user.id(), now, Action.LOST, statusBefore, o.getStatus().name(),
                    cleanNote == null ? reason : reason + ": " + cleanNote);
            events.publishEvent(new OpportunityLost(opportunityId, reason, lostToCompetitorId));
        }
        audit.recordChange(AuditAction.UPDATE, "opportunity", opportunityId, o.getProspectName(),
                Map.of("status", statusBefore), Map.of("status", o.getStatus().name()));
        return o;
    }

    /** The plan is the assignee's; a director (who may assign) may write it too, say when covering for them. */
    private CurrentUser requireAssigneeOrDirector(Opportunity o) {
        CurrentUser user = users.requireCurrentUser();
        if (o.getOwnerId() != user.id() && !user.can(Permission.OPPORTUNITY_ASSIGN)) {
            throw new RuleViolationException("sales.error.not-assignee",
                    "Only the assignee writes the plan of this opportunity");
        }
        return user;
    }

    private CustomerInput customerFrom(Opportunity o) {
        CustomerInput in = new CustomerInput();
        in.setName(o.getProspectName());
        in.setOwnerId(o.getOwnerId());
        in.setPhone(o.getContactPhone());
        if (o.getSourceCode() != null && dictionary.isValid(DictionaryType.CUSTOMER_SOURCE, o.getSourceCode())) {
            in.setSourceCode(o.getSourceCode());
        }
        if (dictionary.isValid(DictionaryType.CUSTOMER_GROUP, "CURRENT")) {
            in.setGroupCode("CURRENT");
        }
        return in;
    }

    private static ContactInput contactFrom(Opportunity o) {
        ContactInput in = new ContactInput();
        in.setName(o.getContactName());
        String phone = o.getContactPhone();
        if (org.kehu.shared.PhoneNumber.isMobile(phone)) {
            in.setMobile(phone);
        } else {
            in.setOfficePhone(phone);
        }
        in.setPrimary(true);
        return in;
    }

    private java.util.Optional<ContactDetails> existingContact(long customerId, String name) {
        return customers.contacts(customerId).stream().filter(c -> name.strip().equals(c.name())).findFirst();
    }
}

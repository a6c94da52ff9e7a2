package org.kehu.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.kehu.customer.internal.AuditedChanges;
import org.kehu.customer.internal.ContactService;
import org.kehu.customer.internal.Customer;
import org.kehu.customer.internal.CustomerChecks;
import org.kehu.customer.internal.CustomerCodes;
import org.kehu.customer.internal.CustomerOwnership;
import org.kehu.customer.internal.CustomerOwnershipRepository;
import org.kehu.customer.internal.CustomerReads;
import org.kehu.customer.internal.CustomerStatusChanges;
import org.kehu.customer.internal.CustomerRepository;
import org.kehu.customer.internal.DuplicateFinder;
import org.kehu.customer.internal.InteractionService;
import org.kehu.customer.internal.ScopedCustomers;
import org.kehu.customer.internal.StatusCounts;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.PhoneNumber;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers, their contacts and interactions, and who owns them. Every method applies the signed-in
 * user's data scope: a customer outside it is "not found". Changes are audited and published as events.
 */
@Service
@Transactional
public class CustomerManagement {

    private final CustomerRepository customers;
    private final ScopedCustomers scoped;
    private final CustomerOwnershipRepository ownerships;
    private final CustomerCodes codes;
    private final DuplicateFinder duplicates;
    private final CustomerChecks checks;
    private final ContactService contacts;
    private final InteractionService interactions;
    private final CustomerReads reads;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final AuditedChanges auditedChanges;
    private final ApplicationEventPublisher events;
    private final List<CustomerTimelineSource> timelineSources;
    private final CustomerStatusChanges statusChanges;
    private final StatusCounts statusCounts;

    CustomerManagement(CustomerRepository customers, ScopedCustomers scoped, CustomerOwnershipRepository ownerships,
            CustomerCodes codes, DuplicateFinder duplicates, CustomerChecks checks, ContactService contacts,
            InteractionService interactions, CustomerReads reads, UserDirectory users, AuditTrail audit,
            AuditedChanges auditedChanges, ApplicationEventPublisher events, List<CustomerTimelineSource> timelineSources,
            CustomerStatusChanges statusChanges, StatusCounts statusCounts) {
        this.statusChanges = statusChanges;
        this.customers = customers;
        this.scoped = scoped;
        this.ownerships = ownerships;
        this.codes = codes;
        this.duplicates = duplicates;
        this.checks = checks;
        this.contacts = contacts;
        this.interactions = interactions;
        this.reads = reads;
        this.users = users;
        this.audit = audit;
        this.auditedChanges = auditedChanges;
        this.events = events;
        this.timelineSources = timelineSources;
        this.statusCounts = statusCounts;
    }

    /**
     * Creates a customer with a generated code, owned by {@code input.ownerId} or else by the signed-in
     * user. Unless {@code confirmDuplicate}, refuses with {@link DuplicateCustomersException} when
     * customers with the same name, phone or tax number exist.
     */
    @PreAuthorize("hasAuthority('customer.create')")
    public CustomerDetails create(CustomerInput input, boolean confirmDuplicate) {
        CurrentUser user = users.requireCurrentUser();
        Long ownerId = input.getOwnerId() != null ? input.getOwnerId() : Long.valueOf(user.id());
        checks.check(input, ownerId, true, Map.of());
        if (!confirmDuplicate) {
            var found = duplicates.find(input.getName(), input.getPhone(), input.getTaxNumber(), null);
            if (!found.isEmpty()) {
                throw new DuplicateCustomersException(found.stream()
                        .map(d -> new DuplicateCustomersException.Duplicate(d.id(), d.code(), d.name(), d.matchedOn()))
                        .toList());
            }
        }
        Customer customer = new Customer(codes.next(), user.id());
        apply(customer, input);
        customer.setOwnerId(ownerId);
        customers.saveAndFlush(customer);
        ownerships.save(new CustomerOwnership(customer.getId(), ownerId, null, user.id()));
        audit.recordChange(AuditAction.CREATE, "customer", customer.getId(), customer.getName(), null, customer.auditValues());
        events.publishEvent(new CustomerRegistered(customer.getId(), customer.getCode(), customer.getName(), ownerId));
        return customer.details();
    }

    /** Saves the profile; {@code input.version} must be the version read, else 409. */
    @PreAuthorize("hasAuthority('customer.edit')")
    public CustomerDetails update(long id, CustomerInput input) {
        Customer customer = scoped.load(id);
        if (input.getVersion() == null) {
            throw InvalidInputException.of("version", "customer.error.required");
        }
        if (input.getVersion() != customer.getVersion()) {
            throw new ConcurrentEditException("Customer", id);
        }
        Long newOwner = input.getOwnerId() == null ? customer.getOwnerId() : input.getOwnerId();
        boolean ownerChanges = !Objects.equals(newOwner, customer.getOwnerId());
        if (ownerChanges && !users.requireCurrentUser().can(Permission.CUSTOMER_ASSIGN)) {
            throw InvalidInputException.of("ownerId", "customer.error.owner-not-permitted");
        }
        checks.check(input, newOwner, ownerChanges, customer.auditValues());
        String newCode = input.getCode() == null || input.getCode().isBlank() ? customer.getCode() : input.getCode().strip();
        if (!newCode.equals(customer.getCode())) {
            if (customer.isCodeEdited()) {
                throw InvalidInputException.of("code", "customer.error.code-edited-once");
            }
            checks.checkCode(newCode, customers.existsByCodeAndIdNot(newCode, id));
            customer.editCode(newCode);
        }
        Map<String, Object> before = customer.auditValues();
        apply(customer, input);
        if (ownerChanges) {
            changeOwner(customer, newOwner, null);
        }
        customers.saveAndFlush(customer);
        audit.recordChange(AuditAction.UPDATE, "customer", id, customer.getName(), before, customer.auditValues());
        events.publishEvent(new CustomerUpdated(id));
        return customer.details();
    }

    @PreAuthorize("hasAuthority('customer.delete')")
    public void delete(long id) {
        Customer customer = scoped.load(id);
        Map<String, Object> before = customer.auditValues();
        // The main contact goes with the customer; clear the reference first so the cascade has one direction.
        customer.setMainContactId(null);
        customers.saveAndFlush(customer);
        customers.delete(customer);
        customers.flush();
        audit.recordChange(AuditAction.DELETE, "customer", id, customer.getName(), before, null);
        events.publishEvent(new CustomerDeleted(id, customer.getCode()));
    }

    /**
     * Hands customers to another account manager, closing each one's current ownership period. All or
     * nothing: a customer outside the scope fails the whole transfer with 404, and the new owner must be within
     * the transferring user's scope too (as for opportunity assignment), else a 400 naming {@code ownerId}.
     */
    @PreAuthorize("hasAuthority('customer.assign')")
    public int transfer(Collection<Long> customerIds, Long ownerId, String reason) {
        if (customerIds == null || customerIds.isEmpty()) {
            throw InvalidInputException.of("customerIds", "customer.error.required");
        }
        if (customerIds.stream().anyMatch(Objects::isNull)) {
            throw InvalidInputException.of("customerIds", "input.error.null-element");
        }
        if (reason != null && reason.strip().length() > 300) {
            throw InvalidInputException.of("reason", "customer.error.too-long");
        }
        checks.checkNewOwner(ownerId, true);
        int changed = 0;
        for (Long id : new LinkedHashSet<>(customerIds)) {
            Customer customer = scoped.load(id);
            if (Objects.equals(customer.getOwnerId(), ownerId)) {
                continue;
            }
            Long previous = customer.getOwnerId();
            changeOwner(customer, ownerId, reason);
            customers.saveAndFlush(customer);
            audit.recordChange(AuditAction.TRANSFER, "customer", id, customer.getName(),
                    Map.of("ownerId", previous == null ? "" : previous), Map.of("ownerId", ownerId));
            changed++;
        }
        return changed;
    }

    /**
     * Moves those of these customers whose status is one of {@code from} to {@code to}, in one statement, and
     * answers how many moved. For the churn rules, which run over thousands of customers without a signed-in
     * user: no data scope and no audit entry per customer (the churn module keeps the history of each step).
     */
    public int changeStatus(Collection<Long> customerIds, java.util.Set<CustomerStatus> from, CustomerStatus to) {
        return statusChanges.change(customerIds, from, to);
    }

    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public Optional<CustomerDetails> find(long id) {
        try {
            return Optional.of(scoped.load(id).details());
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The customer within the user's scope whose name is exactly {@code name} (ignoring surrounding spaces), if
     * there is one: a prospect won by sales may already be a customer.
     */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public Optional<CustomerDetails> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String exact = name.strip();
        for (var duplicate : duplicates.find(exact, null, null, null)) {
            if (duplicate.name().equals(exact)) {
                try {
                    return Optional.of(scoped.load(duplicate.id()).details());
                } catch (RecordNotFoundException outsideScope) {
                    // Another owner's customer of that name: not one this user may link to.
                }
            }
        }
        return Optional.empty();
    }

    /** The customer, or 404 when unknown or outside the scope. */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public CustomerDetails get(long id) {
        return scoped.load(id).details();
    }

    /** Id, code, name and owner of each of these customers the signed-in user may see, by id, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, CustomerSummary> summaries(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        var scope = users.ownerScope();
        Map<Long, CustomerSummary> found = new java.util.HashMap<>();
        customers.findAllById(wanted).stream().filter(c -> scope.permits(c.getOwnerId()))
                .forEach(c -> found.put(c.getId(), new CustomerSummary(c.getId(), c.getCode(), c.getName(), c.getOwnerId())));
        return found;
    }

    /**
     * How many customers the signed-in user may see are in a status, per owner (the dashboards' churn figures); owners
     * with none are absent, customers without an owner are counted under {@code null}.
     */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public Map<Long, Long> countByOwner(CustomerStatus status) {
        return statusCounts.byOwner(status, users.ownerScope());
    }

    /** Id, code, name and owner of a customer the signed-in user may see. */
    @Transactional(readOnly = true)
    public Optional<CustomerSummary> summary(long id) {
        return customers.findById(id).filter(c -> users.ownerScope().permits(c.getOwnerId()))
                .map(c -> new CustomerSummary(c.getId(), c.getCode(), c.getName(), c.getOwnerId()));
    }

    /**
     * Writes the levels the ratings module computed to the customer's {@code credit_rating} and
     * {@code loyalty_rating} (a null leaves one as it is), so that the customer list can filter by them. With a
     * signed-in user the customer must be within their scope (else 404); the demo loader writes without one.
     */
    public void recordRatingLevels(long customerId, String creditRating, String loyaltyRating) {
        if (users.currentUser().isPresent()) {
            scoped.load(customerId);
        } else if (!customers.existsById(customerId)) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        if (creditRating != null) {
            customers.recordCreditRating(customerId, creditRating);
        }
        if (loyaltyRating != null) {
            customers.recordLoyaltyRating(customerId, loyaltyRating);
        }
    }

    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public List<ContactDetails> contacts(long customerId) {
        return contacts.list(customerId);
    }

    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public ContactDetails contact(long contactId) {
        return contacts.get(contactId);
    }

    @PreAuthorize("hasAuthority('customer.edit')")
    public ContactDetails addContact(long customerId, ContactInput input) {
        return contacts.add(customerId, input);
    }

    @PreAuthorize("hasAuthority('customer.edit')")
    public ContactDetails updateContact(long contactId, ContactInput input) {
        return contacts.update(contactId, input);
    }

    /** As {@link #addContact(long, ContactInput)}, with the consent history naming how the change came. */
    @PreAuthorize("hasAuthority('customer.edit')")
    public ContactDetails addContact(long customerId, ContactInput input, ConsentVia via) {
        return contacts.add(customerId, input, via);
    }

    /** As {@link #updateContact(long, ContactInput)}, with the consent history naming how the change came. */
    @PreAuthorize("hasAuthority('customer.edit')")
    public ContactDetails updateContact(long contactId, ContactInput input, ConsentVia via) {
        return contacts.update(contactId, input, via);
    }

    @PreAuthorize("hasAuthority('customer.edit')")
    public void deleteContact(long contactId) {
        contacts.delete(contactId);
    }

    /** Needs its own permission: roles that only read customers (executive, marketing) may not write to them. */
    @PreAuthorize("hasAuthority('customer.view') and hasAuthority('interaction.record')")
    public InteractionDetails recordInteraction(long customerId, InteractionInput input, List<NewAttachment> files) {
        return interactions.record(customerId, input, files == null ? List.of() : files);
    }

    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public List<InteractionDetails> interactions(long customerId, int limit) {
        scoped.load(customerId);
        return reads.interactions(customerId, limit);
    }

    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public AttachmentFile attachment(long attachmentId) {
        return interactions.attachment(attachmentId);
    }

    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public List<OwnershipPeriod> ownership(long customerId) {
        scoped.load(customerId);
        return reads.ownership(customerId);
    }

    /** Interactions, ownership periods and profile changes of a customer, newest first. */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long customerId) {
        scoped.load(customerId);
        List<TimelineEntry> entries = new ArrayList<>();
        for (InteractionDetails i : reads.interactions(customerId, 200)) {
            entries.add(new TimelineEntry(i.occurredAt(), TimelineEntry.Kind.INTERACTION, i.recordedByName(), i.summary(),
                    i, null, List.of()));
        }
        for (OwnershipPeriod o : reads.ownership(customerId)) {
            entries.add(new TimelineEntry(o.from(), TimelineEntry.Kind.OWNERSHIP, o.changedByName(), o.ownerName(), null,
                    o, List.of()));
        }
        entries.addAll(auditedChanges.entries(audit.history("customer", customerId)));
        timelineSources.forEach(source -> entries.addAll(source.timelineOf(customerId)));
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private void changeOwner(Customer customer, Long newOwner, String reason) {
        Long previous = customer.getOwnerId();
        ownerships.findFirstByCustomerIdAndToAtIsNullOrderByFromAtDesc(customer.getId()).ifPresent(CustomerOwnership::end);
        ownerships.save(new CustomerOwnership(customer.getId(), newOwner, reason, users.requireCurrentUser().id()));
        customer.setOwnerId(newOwner);
        events.publishEvent(new CustomerOwnerChanged(customer.getId(), previous, newOwner));
    }

    private static void apply(Customer customer, CustomerInput in) {
        customer.rename(in.getName().strip());
        customer.setProfile(clean(in.getWebsite()), PhoneNumber.normalise(in.getPhone()), PhoneNumber.normalise(in.getFax()), clean(in.getProvinceCode()),
                clean(in.getCityCode()), clean(in.getAddress()), clean(in.getNatureCode()), clean(in.getGroupCode()),
                clean(in.getIndustryCode()), clean(in.getGradeCode()), clean(in.getBank()), clean(in.getBankAccount()),
                clean(in.getTaxNumber()), clean(in.getSourceCode()),
                (in.getStatus() == null ? CustomerStatus.ACTIVE : in.getStatus()).name());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.kehu.portal.company;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kehu.customer.ContactSelfService;
import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerInput;
import org.kehu.customer.CustomerManagement;
import org.kehu.identity.UserDirectory;
import org.kehu.notification.Notifications;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.PhoneNumber;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company details a customer's contact changes on the portal are not applied: they become a request (old → new per
 * field) for the customer's account manager, who is notified and accepts it (applied through
 * {@link CustomerManagement#update}, with its checks, data scope and optimistic locking) or rejects it with a reason.
 * A request whose fields were changed by staff since it was made is stale and cannot be accepted.
 */
@Service
@Transactional
public class CompanyChangeRequests {

    /** The customer module's rule for web addresses, so that an accepted request passes its checks. */
    private static final java.util.regex.Pattern WEBSITE = java.util.regex.Pattern.compile("^(https?://)?[^\\s/$.?#][^\\s]*\\.[^\\s]+$");

    private final JdbcClient jdbc;
    private final ContactSelfService self;
    private final CustomerManagement customers;
    private final UserDirectory users;
    private final Notifications notifications;
    private final Clock clock;

    CompanyChangeRequests(JdbcClient jdbc, ContactSelfService self, CustomerManagement customers, UserDirectory users,
            Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.self = self;
        this.customers = customers;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The company's details now, by form field, for the portal's form. */
    @Transactional(readOnly = true)
    public Map<String, String> currentDetails(long customerId) {
        CustomerDetails customer = self.customer(customerId).orElseThrow(() -> new RecordNotFoundException("Customer", customerId));
        Map<String, String> values = new LinkedHashMap<>();
        for (CompanyField f : CompanyField.values()) {
            values.put(f.property(), f.read(customer));
        }
        return values;
    }

    /**
     * Stores the contact's wish as a request, the fields that differ from the customer's details only, and tells the
     * account manager. Refusals name the form fields; nothing changed, or a request still waiting, are refused too.
     */
    public long request(long customerId, long contactId, Map<String, String> asked) {
        CustomerDetails customer = self.customer(customerId).orElseThrow(() -> new RecordNotFoundException("Customer", customerId));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<CompanyField, String[]> changes = new EnumMap<>(CompanyField.class);
        for (CompanyField f : CompanyField.values()) {
            String value = CompanyField.clean(asked.get(f.property()));
            check(errors, f, value);
            String old = f.read(customer);
            if (!Objects.equals(old, value)) {
                changes.put(f, new String[] {old, value});
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (changes.isEmpty()) {
            throw new RuleViolationException("portal.company.error.nothing-changed", "Nothing was changed");
        }
        if (pending(customerId)) {
            throw new RuleViolationException("portal.company.error.pending", "A request is still waiting");
        }
        long id = jdbc.sql("""
                insert into portal_company_change(customer_id, contact_id, created_at) values (?, ?, ?) returning id""")
                .params(customerId, contactId, Timestamp.from(clock.instant())).query(Long.class).single();
        changes.forEach((f, v) -> jdbc.sql("""
                insert into portal_company_change_field(request_id, field, old_value, new_value) values (?, ?, ?, ?)""")
                .params(id, f.name(), v[0], v[1]).update());
        if (customer.ownerId() != null) {
            notifications.notify(customer.ownerId(), "portal.company.notify", List.of(customer.name()),
                    "/customers/" + customerId);
        }
        return id;
    }

    /** The company's latest requests, newest first, for its contacts on the portal. */
    @Transactional(readOnly = true)
    public List<ChangeRequest> latest(long customerId, int limit) {
        return load("where r.customer_id = ? order by r.id desc limit ?", customerId, limit);
    }

    /** The customer's requests for the customer page, within the reader's data scope (404 outside). */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public List<ChangeRequest> ofCustomer(long customerId) {
        customers.get(customerId);
        return latest(customerId, 10);
    }

    /** Applies a pending request to the customer, as its account manager would edit the customer; stale ones are refused. */
    @PreAuthorize("hasAuthority('customer.edit')")
    public ChangeRequest accept(long id, Long version) {
        ChangeRequest request = decidable(id, version);
        CustomerDetails now = customers.get(request.customerId());
        for (ChangeRequest.FieldChange c : request.changes()) {
            String current = c.field().read(now);
            if (!Objects.equals(current, c.oldValue()) && !Objects.equals(current, c.newValue())) {
                throw new RuleViolationException("portal.company.error.stale", "Changed since the request was made");
            }
        }
        CustomerInput input = CustomerInput.of(now);
        request.changes().forEach(c -> c.field().write(input, c.newValue()));
        input.setVersion(now.version());
        customers.update(request.customerId(), input);
        decide(request, ChangeStatus.ACCEPTED, null);
        return get(id);
    }

    /** Rejects a pending request with the reason the customer reads on their profile. */
    @PreAuthorize("hasAuthority('customer.edit')")
    public ChangeRequest reject(long id, String reason, Long version) {
        String r = CompanyField.clean(reason);
        if (r == null) {
            throw InvalidInputException.of("reason", "customer.error.required");
        }
        if (!InputLimits.fitsLength(r, 1000)) {
            throw InvalidInputException.of("reason", "customer.error.too-long");
        }
        decide(decidable(id, version), ChangeStatus.REJECTED, r);
        return get(id);
    }

    private ChangeRequest decidable(long id, Long version) {
        ChangeRequest request = get(id);
        customers.get(request.customerId()); // the decider's data scope: 404 outside it
        if (version != null && version != request.version()) {
            throw new ConcurrentEditException("Company change request", id);
        }
        if (!request.isPending()) {
            throw new RuleViolationException("portal.company.error.decided", "The request is decided already");
        }
        return request;
    }

    private void decide(ChangeRequest request, ChangeStatus status, String reason) {
        int updated = jdbc.sql("""
                update portal_company_change set status = ?, reason = ?, decided_by = ?, decided_at = ?, version = version + 1
                 where id = ? and version = ? and status = 'PENDING'""")
                .params(status.name(), reason, users.requireCurrentUser().id(), Timestamp.from(clock.instant()),
                        request.id(), request.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("Company change request", request.id());
        }
    }

    private ChangeRequest get(long id) {
        return load("where r.id = ?", id).stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Company change request", id));
    }

    private boolean pending(long customerId) {
        return jdbc.sql("select exists (select 1 from portal_company_change where customer_id = ? and status = 'PENDING')")
                .param(customerId).query(Boolean.class).single();
    }

    private static void check(Map<String, String> errors, CompanyField f, String value) {
        if (f == CompanyField.NAME && value == null) {
            errors.put(f.property(), "customer.error.required");
        } else if (value != null && !InputLimits.fitsLength(value, f.maxLength())) {
            errors.put(f.property(), "customer.error.too-long");
        } else if (value != null && InputLimits.hasControlCharacter(value)) {
            errors.put(f.property(), "customer.error.too-long");
        } else if (value != null && (f == CompanyField.PHONE || f == CompanyField.FAX) && !PhoneNumber.isValid(value)) {
            errors.put(f.property(), "customer.error.phone");
        } else if (value != null && f == CompanyField.WEBSITE && !WEBSITE.matcher(value).matches()) {
            errors.put(f.property(), "customer.error.website");
        }
    }

    private List<ChangeRequest> load(String where, Object... params) {
        List<ChangeRequest> requests = new ArrayList<>();
        jdbc.sql("""
                select r.id, r.customer_id, r.contact_id, ct.name as contact_name, r.status, r.reason, u.name as decided_by,
                       r.decided_at, r.created_at, r.version
                  from portal_company_change r left join contact ct on ct.id = r.contact_id
                  left join app_user u on u.id = r.decided_by
                """ + where).params(params).query(rs -> {
                    requests.add(new ChangeRequest(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("contact_id"),
                            rs.getString("contact_name"), ChangeStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                            rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")),
                            instant(rs.getTimestamp("created_at")), rs.getLong("version"), new ArrayList<>()));
                });
        for (ChangeRequest r : requests) {
            jdbc.sql("select field, old_value, new_value from portal_company_change_field where request_id = ? order by field")
                    .param(r.id())
                    .query(rs -> {
                        r.changes().add(new ChangeRequest.FieldChange(CompanyField.valueOf(rs.getString(1)), rs.getString(2),
                                rs.getString(3)));
                    });
            r.changes().sort(java.util.Comparator.comparing(ChangeRequest.FieldChange::field));
        }
        return requests;
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

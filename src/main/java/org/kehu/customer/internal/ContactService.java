package org.kehu.customer.internal;

import java.util.List;

import org.kehu.customer.ConsentAction;
import org.kehu.customer.ConsentVia;
import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactInput;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts of customers; the primary contact is the customer's main contact. */
@Service
@Transactional
public class ContactService {

    private final ContactRepository contacts;
    private final ScopedCustomers customers;
    private final CustomerChecks checks;
    private final AuditTrail audit;
    private final ConsentRecorder consent;
    private final UserDirectory users;

    ContactService(ContactRepository contacts, ScopedCustomers customers, CustomerChecks checks, AuditTrail audit,
            ConsentRecorder consent, UserDirectory users) {
        this.contacts = contacts;
        this.customers = customers;
        this.checks = checks;
        this.audit = audit;
        this.consent = consent;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<ContactDetails> list(long customerId) {
        customers.load(customerId);
        return contacts.findByCustomerIdOrderByPrimaryDescNameAsc(customerId).stream().map(Contact::details).toList();
    }

    @Transactional(readOnly = true)
    public ContactDetails get(long contactId) {
        return load(contactId).details();
    }

    public ContactDetails add(long customerId, ContactInput in) {
        return add(customerId, in, ConsentVia.FORM);
    }

    /** Adds a contact; a consent given with it is recorded as coming {@code via} the form or the API. */
    public ContactDetails add(long customerId, ContactInput in, ConsentVia via) {
        Customer customer = customers.load(customerId);
        checks.check(in);
        Contact contact = new Contact(customerId);
        contact.apply(in);
        contacts.saveAndFlush(contact);
        changeConsent(contact, in.isMarketingConsent(), via);
        if (in.isPrimary() || customer.getMainContactId() == null) {
            makePrimary(customer, contact);
        }
        audit.recordChange(AuditAction.CREATE, "contact", contact.getId(), contact.getName(), null, contact.auditValues());
        return contact.details();
    }

    public ContactDetails update(long contactId, ContactInput in) {
        return update(contactId, in, ConsentVia.FORM);
    }

    /** Saves a contact; a change of its consent is recorded as coming {@code via} the form or the API. */
    public ContactDetails update(long contactId, ContactInput in, ConsentVia via) {
        Contact contact = load(contactId);
        if (in.getVersion() == null) {
            throw InvalidInputException.of("version", "customer.error.required");
        }
        if (in.getVersion() != contact.getVersion()) {
            throw new ConcurrentEditException("Contact", contactId);
        }
        checks.check(in);
        var before = contact.auditValues();
        contact.apply(in);
        changeConsent(contact, in.isMarketingConsent(), via);
        Customer customer = customers.load(contact.getCustomerId());
        if (in.isPrimary() && !contact.isPrimary()) {
            makePrimary(customer, contact);
        } else if (!in.isPrimary() && contact.isPrimary()) {
            contact.setPrimary(false);
            customer.setMainContactId(null);
        }
        contacts.saveAndFlush(contact);
        audit.recordChange(AuditAction.UPDATE, "contact", contactId, contact.getName(), before, contact.auditValues());
        return contact.details();
    }

    public void delete(long contactId) {
        Contact contact = load(contactId);
        if (contact.isPrimary()) {
            customers.load(contact.getCustomerId()).setMainContactId(null);
        }
        audit.recordChange(AuditAction.DELETE, "contact", contactId, contact.getName(), contact.auditValues(), null);
        contacts.delete(contact);
    }

    private void changeConsent(Contact contact, boolean wanted, ConsentVia via) {
        if (wanted != contact.isMarketingConsent()) {
            consent.record(contact, wanted ? ConsentAction.CONSENT_GIVEN : ConsentAction.CONSENT_WITHDRAWN, via,
                    users.currentUser().map(CurrentUser::id).orElse(null), null);
        }
    }

    /** A contact within the signed-in user's data scope; anything else is "not found". */
    public Contact load(long contactId) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> new RecordNotFoundException("Contact", contactId));
        try {
            customers.load(contact.getCustomerId());
        } catch (RecordNotFoundException outOfScope) {
            throw new RecordNotFoundException("Contact", contactId);
        }
        return contact;
    }

    private void makePrimary(Customer customer, Contact primary) {
        for (Contact c : contacts.findByCustomerIdOrderByPrimaryDescNameAsc(customer.getId())) {
            c.setPrimary(c.getId().equals(primary.getId()));
        }
        primary.setPrimary(true);
        customer.setMainContactId(primary.getId());
    }
}

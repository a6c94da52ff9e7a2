package org.kehu.customer;

import java.util.Locale;
import java.util.Optional;

import org.kehu.customer.internal.Contact;
import org.kehu.customer.internal.ContactRepository;
import org.kehu.customer.internal.CustomerChecks;
import org.kehu.customer.internal.CustomerRepository;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact acting on their own record, for the customer portal: no staff data scope applies, since the caller (the
 * portal) has already established which contact is asking. Staff code uses {@link CustomerManagement} instead.
 */
@Service
@Transactional
public class ContactSelfService {

    private final ContactRepository contacts;
    private final CustomerRepository customers;
    private final CustomerChecks checks;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ContactSelfService(ContactRepository contacts, CustomerRepository customers, CustomerChecks checks, AuditTrail audit,
            JdbcClient jdbc) {
        this.contacts = contacts;
        this.customers = customers;
        this.checks = checks;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The contact, whoever asks. */
    @Transactional(readOnly = true)
    public Optional<ContactDetails> contact(long contactId) {
        return contacts.findById(contactId).map(Contact::details);
    }

    /** The contact's company, whoever asks. */
    @Transactional(readOnly = true)
    public Optional<CustomerDetails> customer(long customerId) {
        return customers.findById(customerId).map(c -> c.details());
    }

    /**
     * Saves the contact's own details, checked as the staff contact form checks them; whether the contact is the
     * customer's main contact stays as staff set it. {@code input.version} must be the version read, else 409.
     */
    public ContactDetails updateOwn(long contactId, ContactInput input) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> new RecordNotFoundException("Contact", contactId));
        if (input.getVersion() == null) {
            throw InvalidInputException.of("version", "customer.error.required");
        }
        if (input.getVersion() != contact.getVersion()) {
            throw new ConcurrentEditException("Contact", contactId);
        }
        input.setPrimary(contact.isPrimary());
        checks.check(input);
        var before = contact.auditValues();
        contact.apply(input);
        contacts.saveAndFlush(contact);
        audit.recordChange(AuditAction.UPDATE, "contact", contactId, contact.getName(), before, contact.auditValues());
        return contact.details();
    }

    /**
     * The contact who registers on the portal, when their company is known: a customer whose name is exactly
     * {@code companyName} or whose tax number (the unified social credit code) is {@code creditCode}, with a contact
     * whose e-mail address is {@code email} (case ignored). Empty when either is unknown.
     */
    @Transactional(readOnly = true)
    public Optional<ContactDetails> findForRegistration(String companyName, String creditCode, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String name = companyName == null || companyName.isBlank() ? null : companyName.strip();
        String code = creditCode == null || creditCode.isBlank() ? null : creditCode.strip().toUpperCase(Locale.ROOT);
        if (name == null && code == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select ct.id from contact ct join customer c on c.id = ct.customer_id
                 where lower(ct.email) = lower(:email)
                   and ((:name::text is not null and c.name = :name) or (:code::text is not null and upper(c.tax_number) = :code))
                 order by ct.id limit 1""")
                .param("email", email.strip()).param("name", name).param("code", code)
                .query(Long.class).optional().flatMap(this::contact);
    }
}

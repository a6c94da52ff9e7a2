package org.kehu.office.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerSummary;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A task's customer and contact, through the customer module's public service only: checks that the user may
 * attach them, and the names the reader may see.
 */
@Component
public class CustomerLinks {

    private final CustomerManagement customers;

    CustomerLinks(CustomerManagement customers) {
        this.customers = customers;
    }

    /**
     * Field to message key of what is wrong with attaching {@code customerId} and {@code contactId}: the customer must
     * exist within the user's scope, the contact must be one of the customer's.
     */
    Map<String, String> problems(CurrentUser user, Long customerId, Long contactId) {
        Map<String, String> problems = new HashMap<>();
        if (customerId != null) {
            if (!user.can(Permission.CUSTOMER_VIEW)) {
                problems.put("customerId", "office.error.customer-not-found");
                return problems;
            }
            try {
                customers.get(customerId);
            } catch (RecordNotFoundException e) {
                problems.put("customerId", "office.error.customer-not-found");
                return problems;
            }
        }
        if (contactId != null) {
            if (customerId == null) {
                problems.put("contactId", "office.error.contact-needs-customer");
            } else if (!contactOf(customerId, contactId)) {
                problems.put("contactId", "office.error.contact-not-of-customer");
            }
        }
        return problems;
    }

    private boolean contactOf(long customerId, long contactId) {
        try {
            return Objects.equals(customers.contact(contactId).customerId(), customerId);
        } catch (RecordNotFoundException | AccessDeniedException e) {
            return false;
        }
    }

    /** The customer's name when the signed-in user may see it. */
    public String customerName(Long customerId) {
        return customerId == null ? null : customers.summary(customerId).map(CustomerSummary::name).orElse(null);
    }

    /** Names of the customers the signed-in user may see, in one query. */
    public Map<Long, String> customerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        customers.summaries(ids).forEach((id, summary) -> names.put(id, summary.name()));
        return names;
    }

    /** A cache of customer names for a long export: each customer is looked up once. */
    public Map<Long, String> nameCache() {
        return new HashMap<>();
    }

    public String cachedName(Map<Long, String> cache, Long customerId) {
        if (customerId == null) {
            return null;
        }
        return cache.computeIfAbsent(customerId, id -> customers.summary(id).map(CustomerSummary::name).orElse(""));
    }

    /** The contact's name when the signed-in user may see it. */
    public String contactName(Long contactId) {
        if (contactId == null) {
            return null;
        }
        try {
            return customers.contact(contactId).name();
        } catch (RecordNotFoundException | AccessDeniedException e) {
            return null;
        }
    }

    /** The contacts of a customer the user may see, for the form's contact select. */
    public java.util.List<ContactDetails> contacts(Long customerId) {
        if (customerId == null) {
            return java.util.List.of();
        }
        try {
            return customers.contacts(customerId);
        } catch (RecordNotFoundException | AccessDeniedException e) {
            return java.util.List.of();
        }
    }
}

package org.kehu.customer.internal;

import org.kehu.identity.UserDirectory;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Loads customers within the signed-in user's data scope; anything else is "not found". */
@Component
public class ScopedCustomers {

    private final CustomerRepository customers;
    private final UserDirectory users;

    ScopedCustomers(CustomerRepository customers, UserDirectory users) {
        this.customers = customers;
        this.users = users;
    }

    public Customer load(long id) {
        return customers.findById(id).filter(c -> users.ownerScope().permits(c.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Customer", id));
    }
}

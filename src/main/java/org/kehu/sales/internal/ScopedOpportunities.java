package org.kehu.sales.internal;

import org.kehu.identity.UserDirectory;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an opportunity the signed-in user may see; one outside their data scope is "not found". */
@Component
class ScopedOpportunities {

    private final OpportunityRepository repository;
    private final UserDirectory users;

    ScopedOpportunities(OpportunityRepository repository, UserDirectory users) {
        this.repository = repository;
        this.users = users;
    }

    Opportunity load(long id) {
        return repository.findById(id).filter(o -> users.ownerScope().permits(o.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Opportunity", id));
    }
}

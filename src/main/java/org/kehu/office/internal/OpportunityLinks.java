package org.kehu.office.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A task's opportunity. The sales module's public lookup is not on this branch yet, so no opportunity can be
 * found and none can be attached; tasks keep the column for when it is.
 */
@Component
public class OpportunityLinks {

    /** The message key of what is wrong with attaching the opportunity, if anything. */
    Optional<String> problem(long opportunityId) {
        return Optional.of("office.error.opportunity-not-found");
    }

    /** The opportunity's prospect name when the signed-in user may see it. */
    public String name(Long opportunityId) {
        return null;
    }

    /** Whether the form offers an opportunity field at all. */
    public boolean available() {
        return false;
    }
}

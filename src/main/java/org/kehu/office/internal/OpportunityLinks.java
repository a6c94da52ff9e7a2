package org.kehu.office.internal;

import java.util.Optional;

import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.sales.Opportunities;
import org.kehu.sales.OpportunitySummary;
import org.springframework.stereotype.Component;

/** A task's opportunity, through the sales module's public lookup only (which applies the data scope). */
@Component
public class OpportunityLinks {

    private final Opportunities opportunities;
    private final UserDirectory users;

    OpportunityLinks(Opportunities opportunities, UserDirectory users) {
        this.opportunities = opportunities;
        this.users = users;
    }

    /** The message key of what is wrong with attaching the opportunity, if anything. */
    Optional<String> problem(long opportunityId) {
        return find(opportunityId).isPresent() ? Optional.empty() : Optional.of("office.error.opportunity-not-found");
    }

    /** The opportunity's prospect name when the signed-in user may see it. */
    public String name(Long opportunityId) {
        return opportunityId == null ? null : find(opportunityId).map(OpportunitySummary::prospectName).orElse(null);
    }

    /** Whether the signed-in user may link opportunities at all. */
    public boolean available() {
        return users.currentUser().map(u -> u.can(Permission.OPPORTUNITY_VIEW)).orElse(false);
    }

    private Optional<OpportunitySummary> find(long id) {
        return available() ? opportunities.find(id) : Optional.empty();
    }
}

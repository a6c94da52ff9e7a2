package org.kehu.competitor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.sales.CompetitorChoices;
import org.kehu.sales.Opportunities;
import org.kehu.sales.OpportunityLost;
import org.kehu.sales.OpportunitySummary;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competitors each opportunity faces (many to many) and the one it was lost to. Offers sales the competitors
 * to choose from when an opportunity is lost, and records the choice from the {@link OpportunityLost} event in
 * the same transaction, so that a lost opportunity and whom it was lost to are saved together. The opportunity's
 * data scope applies: one outside it is not found.
 */
@Service
public class OpportunityCompetitors implements CompetitorChoices {

    private static final List<String> CLOSED = List.of("WON", "LOST");

    private final JdbcClient jdbc;
    private final Opportunities opportunities;
    private final UserDirectory users;
    private final Clock clock;

    OpportunityCompetitors(JdbcClient jdbc, Opportunities opportunities, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.opportunities = opportunities;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> choices() {
        return jdbc.sql("select id, name from competitor order by name, id")
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Choice> find(long id) {
        return jdbc.sql("select id, name from competitor where id = :id").param("id", id)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The competitors the opportunity faces, by name; 404 when it is outside the user's scope. */
    @PreAuthorize("hasAuthority('opportunity.view')")
    @Transactional(readOnly = true)
    public List<FacedCompetitor> faced(long opportunityId) {
        visible(opportunityId);
        return jdbc.sql("""
                select c.id, c.code, c.name, co.lost_to from competitor_opportunity co join competitor c on c.id = co.competitor_id
                 where co.opportunity_id = :id order by co.lost_to desc, c.name, c.id""")
                .param("id", opportunityId)
                .query((rs, n) -> new FacedCompetitor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** Whether the opportunity is still open, so that its competitors may change. */
    @PreAuthorize("hasAuthority('opportunity.view')")
    @Transactional(readOnly = true)
    public boolean open(long opportunityId) {
        return !CLOSED.contains(visible(opportunityId).status());
    }

    /** Records that the open opportunity faces the competitor (once; a second time changes nothing). */
    @PreAuthorize("hasAuthority('opportunity.edit')")
    @Transactional
    public void face(long opportunityId, Long competitorId) {
        requireOpen(opportunityId);
        if (competitorId == null) {
            throw InvalidInputException.of("competitorId", "competitor.error.required");
        }
        if (find(competitorId).isEmpty()) {
            throw InvalidInputException.of("competitorId", "competitor.error.unknown");
        }
        jdbc.sql("""
                insert into competitor_opportunity(opportunity_id, competitor_id, added_by, added_at)
                values (:o, :c, :user, :now) on conflict do nothing""")
                .param("o", opportunityId).param("c", competitorId).param("user", users.requireCurrentUser().id())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** The open opportunity no longer faces the competitor. */
    @PreAuthorize("hasAuthority('opportunity.edit')")
    @Transactional
    public void remove(long opportunityId, long competitorId) {
        requireOpen(opportunityId);
        jdbc.sql("delete from competitor_opportunity where opportunity_id = :o and competitor_id = :c")
                .param("o", opportunityId).param("c", competitorId).update();
    }

    /** A lost opportunity that names a competitor was lost to it, and so faced it. */
    @EventListener
    void on(OpportunityLost lost) {
        if (lost.lostToCompetitorId() == null) {
            return;
        }
        recordLoss(lost.opportunityId(), lost.lostToCompetitorId(),
                users.currentUser().map(CurrentUser::id).orElse(null));
    }

    void recordLoss(long opportunityId, long competitorId, Long userId) {
        jdbc.sql("update competitor_opportunity set lost_to = false where opportunity_id = :o and lost_to")
                .param("o", opportunityId).update();
        jdbc.sql("""
                insert into competitor_opportunity(opportunity_id, competitor_id, lost_to, added_by, added_at)
                values (:o, :c, true, :user, :now)
                on conflict (opportunity_id, competitor_id) do update set lost_to = true""")
                .param("o", opportunityId).param("c", competitorId).param("user", userId)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private OpportunitySummary visible(long opportunityId) {
        return opportunities.find(opportunityId).orElseThrow(() -> new RecordNotFoundException("Opportunity", opportunityId));
    }

    private void requireOpen(long opportunityId) {
        if (CLOSED.contains(visible(opportunityId).status())) {
            throw new RuleViolationException("competitor.error.opportunity-closed",
                    "A won or lost opportunity keeps the competitors it had");
        }
    }
}

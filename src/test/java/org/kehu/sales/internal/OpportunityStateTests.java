package org.kehu.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.kehu.shared.RuleViolationException;

/** The life of an opportunity: new → assigned → developing → won | lost, and the steps it refuses. */
class OpportunityStateTests {

    private static final Instant T = Instant.parse("2026-03-01T02:00:00Z");

    private static Opportunity fresh() {
        Opportunity o = new Opportunity(1L, T);
        o.edit(new OpportunityFields("WEBSITE", "武汉重工", 10, false, "数控机床", "王强", "13900000000", null,
                new BigDecimal("100000.00"), null, "INITIAL"), T);
        return o;
    }

    private static Opportunity developing() {
        Opportunity o = fresh();
        o.assign(7L, T);
        o.resultRecorded(T);
        return o;
    }

    @Test
    void aNewOpportunityIsOwnedByItsCreator() {
        Opportunity o = fresh();
        assertThat(o.getStatus()).isEqualTo(OpportunityStatus.NEW);
        assertThat(o.getOwnerId()).isEqualTo(1L);
    }

    @Test
    void assigningMakesTheAssigneeTheOwner() {
        Opportunity o = fresh();
        o.assign(7L, T);
        assertThat(o.getStatus()).isEqualTo(OpportunityStatus.ASSIGNED);
        assertThat(o.getOwnerId()).isEqualTo(7L);
        assertThat(o.getAssignedTo()).isEqualTo(7L);
        assertThat(o.getAssignedAt()).isEqualTo(T);
    }

    @Test
    void reassigningADevelopingOpportunityKeepsItDeveloping() {
        Opportunity o = developing();
        o.assign(8L, T);
        assertThat(o.getStatus()).isEqualTo(OpportunityStatus.DEVELOPING);
        assertThat(o.getOwnerId()).isEqualTo(8L);
    }

    @Test
    void refusesAPlanBeforeTheOpportunityIsAssigned() {
        assertThatThrownBy(() -> fresh().requirePlanCanChange()).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("sales.error.not-assigned");
    }

    @Test
    void theFirstResultStartsTheDevelopment() {
        Opportunity o = fresh();
        o.assign(7L, T);
        o.resultRecorded(T);
        assertThat(o.getStatus()).isEqualTo(OpportunityStatus.DEVELOPING);
    }

    @Test
    void refusesToCloseAnUnassignedOpportunity() {
        assertThatThrownBy(() -> fresh().lose("PRICE", null, T))
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("sales.error.close-unassigned");
        assertThatThrownBy(() -> fresh().win(5L, null, T))
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("sales.error.close-unassigned");
    }

    @Test
    void refusesToWinBeforeAnyResultIsRecorded() {
        Opportunity o = fresh();
        o.assign(7L, T);
        assertThatThrownBy(() -> o.win(5L, null, T))
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("sales.error.win-not-developing");
    }

    @Test
    void winningLinksTheCustomerAndSetsCertainty() {
        Opportunity o = developing();
        o.win(5L, 6L, T);
        assertThat(o.getStatus()).isEqualTo(OpportunityStatus.WON);
        assertThat(o.getCustomerId()).isEqualTo(5L);
        assertThat(o.getContactId()).isEqualTo(6L);
        assertThat(o.getProbability()).isEqualTo(100);
        assertThat(o.getClosedAt()).isEqualTo(T);
    }

    @Test
    void anAssignedOpportunityCanBeLostWithItsReason() {
        Opportunity o = fresh();
        o.assign(7L, T);
        o.lose("COMPETITOR", "选了别家", T);
        assertThat(o.getStatus()).isEqualTo(OpportunityStatus.LOST);
        assertThat(o.getLostReasonCode()).isEqualTo("COMPETITOR");
        assertThat(o.getProbability()).isZero();
    }

    @Test
    void wonAndLostOpportunitiesAreReadOnly() {
        Opportunity won = developing();
        won.win(5L, null, T);
        Opportunity lost = developing();
        lost.lose("PRICE", null, T);
        for (Opportunity o : new Opportunity[] {won, lost}) {
            assertThatThrownBy(() -> o.assign(9L, T)).extracting(e -> ((RuleViolationException) e).messageKey())
                    .isEqualTo("sales.error.closed");
            assertThatThrownBy(() -> o.moveToStage("NEEDS", 30, T)).isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> o.resultRecorded(T)).isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> o.lose("PRICE", null, T)).isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> o.win(5L, null, T)).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void aStageChangeSetsTheStageDefaultProbability() {
        Opportunity o = fresh();
        o.moveToStage("PROPOSAL", 50, T);
        assertThat(o.getStageCode()).isEqualTo("PROPOSAL");
        assertThat(o.getProbability()).isEqualTo(50);
    }

    @Test
    void aStageChangeKeepsAProbabilityTheUserSet() {
        Opportunity o = new Opportunity(1L, T);
        o.edit(new OpportunityFields(null, "武汉重工", 45, true, "数控机床", null, null, null, null, null, "INITIAL"), T);
        o.moveToStage("PROPOSAL", 50, T);
        assertThat(o.getProbability()).isEqualTo(45);
    }
}

package org.kehu.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ticket flow as its model states it; pages and the service both ask these questions. */
class TicketStatusTests {

    @Test
    void aNewTicketCanOnlyBeAssignedOrEdited() {
        assertThat(TicketStatus.CREATED.actions())
                .containsExactlyInAnyOrder(TicketAction.ASSIGN, TicketAction.EDIT, TicketAction.INSTRUCT);
    }

    @Test
    void anAssignedTicketCanBeReassignedOrHandledButNotArchived() {
        assertThat(TicketStatus.ASSIGNED.actions()).contains(TicketAction.ASSIGN, TicketAction.HANDLE)
                .doesNotContain(TicketAction.ARCHIVE, TicketAction.FEEDBACK);
    }

    @Test
    void feedbackIsReviewedAndArchivedButNotHandledAgain() {
        assertThat(TicketStatus.FEEDBACK.actions()).contains(TicketAction.REVIEW, TicketAction.ARCHIVE)
                .doesNotContain(TicketAction.HANDLE, TicketAction.ASSIGN);
    }

    @Test
    void anArchivedTicketCanOnlyBeReopened() {
        assertThat(TicketStatus.ARCHIVED.actions()).containsExactly(TicketAction.REOPEN);
        assertThat(TicketStatus.ARCHIVED.open()).isFalse();
    }

    @Test
    void aReopenedTicketWaitsToBeAssignedAgain() {
        assertThat(TicketStatus.REOPENED.next()).containsExactly(TicketStatus.ASSIGNED);
        assertThat(TicketStatus.unassigned()).containsExactlyInAnyOrder(TicketStatus.CREATED, TicketStatus.REOPENED);
    }

    @Test
    void everyStepThatMovesTheTicketLeadsWhereItsStatusMayGo() {
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketAction a : from.actions()) {
                if (a.target() != null) {
                    assertThat(from.canMoveTo(a.target())).as(from + " " + a).isTrue();
                }
            }
        }
    }
}

package org.kehu.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReminderRuleTests {

    private static final Instant DUE = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void remindsTheGivenMinutesBeforeTheDueTime() {
        assertThat(ReminderRule.remindAt(DUE, 30)).isEqualTo(Instant.parse("2026-11-25T01:30:00Z"));
        assertThat(ReminderRule.remindAt(DUE, 0)).isEqualTo(DUE);
        assertThat(ReminderRule.remindAt(DUE, 1440)).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
    }

    @Test
    void aTaskWithoutMinutesDoesNotRemind() {
        assertThat(ReminderRule.remindAt(DUE, null)).isNull();
        assertThat(ReminderRule.isDue(null, TaskStatus.OPEN, null, DUE)).isFalse();
    }

    @Test
    void isDueOnceItsTimeHasComeAndNotBefore() {
        Instant remindAt = ReminderRule.remindAt(DUE, 15);
        assertThat(ReminderRule.isDue(remindAt, TaskStatus.OPEN, null, remindAt.minusSeconds(1))).isFalse();
        assertThat(ReminderRule.isDue(remindAt, TaskStatus.OPEN, null, remindAt)).isTrue();
        assertThat(ReminderRule.isDue(remindAt, TaskStatus.OPEN, null, DUE.plusSeconds(3600))).isTrue();
    }

    @Test
    void doneCancelledOrAlreadyRemindedTasksAreNotRemindedAgain() {
        Instant remindAt = ReminderRule.remindAt(DUE, 15);
        assertThat(ReminderRule.isDue(remindAt, TaskStatus.DONE, null, DUE)).isFalse();
        assertThat(ReminderRule.isDue(remindAt, TaskStatus.CANCELLED, null, DUE)).isFalse();
        assertThat(ReminderRule.isDue(remindAt, TaskStatus.OPEN, remindAt, DUE)).isFalse();
    }

    @Test
    void movingTheReminderIntoTheFutureArmsItAgainButNotWithinThePast() {
        Instant now = DUE;
        assertThat(ReminderRule.rearms(DUE.minusSeconds(900), DUE.plusSeconds(3600), now)).isTrue();
        assertThat(ReminderRule.rearms(DUE.minusSeconds(900), DUE.minusSeconds(1800), now)).isFalse();
        assertThat(ReminderRule.rearms(DUE.plusSeconds(60), DUE.plusSeconds(60), now)).isFalse();
        assertThat(ReminderRule.rearms(DUE.minusSeconds(900), null, now)).isFalse();
    }
}

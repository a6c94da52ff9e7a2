package org.kehu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kehu.support.sla.WorkingTime;

/** Working-time arithmetic across nights, weekends, holidays and make-up days (Mon–Fri 08:30–17:30). */
class WorkingTimeTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    // 2026-09-30 is a Wednesday; 1–7 October are holidays; Saturday 10 October is a make-up working day.
    private final WorkingTime time = new WorkingTime(ZONE, LocalTime.of(8, 30), LocalTime.of(17, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 10, 10)));

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(ZONE).toInstant();
    }

    @Test
    void addsMinutesWithinOneWorkingDay() {
        assertThat(time.plus(at(11, 24, 9, 0), 100)).isEqualTo(at(11, 24, 10, 40));
    }

    @Test
    void carriesTheRestOfADayAcrossTheNight() {
        // 17:00 Tuesday + 100 min: 30 min on Tuesday, 70 min from 08:30 Wednesday.
        assertThat(time.plus(at(11, 24, 17, 0), 100)).isEqualTo(at(11, 25, 9, 40));
        assertThat(time.minutesBetween(at(11, 24, 17, 0), at(11, 25, 9, 40))).isEqualTo(100);
    }

    @Test
    void startsCountingAtTheNextWorkingMomentWhenCreatedAtNight() {
        assertThat(time.plus(at(11, 24, 22, 15), 30)).isEqualTo(at(11, 25, 9, 0));
        assertThat(time.plus(at(11, 25, 6, 0), 30)).isEqualTo(at(11, 25, 9, 0));
    }

    @Test
    void skipsTheWeekend() {
        // Friday 27 November 16:30 + 120 min: 60 min Friday, 60 min Monday 30 November.
        assertThat(time.plus(at(11, 27, 16, 30), 120)).isEqualTo(at(11, 30, 9, 30));
        assertThat(time.minutesBetween(at(11, 27, 16, 30), at(11, 30, 9, 30))).isEqualTo(120);
        assertThat(time.minutesBetween(at(11, 28, 10, 0), at(11, 29, 16, 0))).isZero();
    }

    @Test
    void skipsHolidaysAndCountsTheMakeUpSaturday() {
        // Wednesday 30 September 17:00 + 60 min: 30 min that day, then nothing until Thursday 8 October.
        assertThat(time.plus(at(9, 30, 17, 0), 60)).isEqualTo(at(10, 8, 9, 0));
        // Friday 9 October 17:00 + 60 min goes on on the make-up Saturday.
        assertThat(time.plus(at(10, 9, 17, 0), 60)).isEqualTo(at(10, 10, 9, 0));
        assertThat(time.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(time.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void countsManyDaysAndAnswersNegativeWhenTheEndIsEarlier() {
        // Monday 23 November 08:30 to Monday 30 November 08:30: five full days of 540 minutes.
        assertThat(time.minutesBetween(at(11, 23, 8, 30), at(11, 30, 8, 30))).isEqualTo(5 * 540);
        assertThat(time.minutesBetween(at(11, 24, 10, 0), at(11, 24, 9, 0))).isEqualTo(-60);
    }

    @Test
    void zeroMinutesFromAWorkingMomentIsThatMoment() {
        assertThat(time.plus(at(11, 24, 10, 0), 0)).isEqualTo(at(11, 24, 10, 0));
    }
}

package org.kehu.support.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    /** Weekdays, except the National Day holiday 2026-10-01..07, plus Saturday 2026-10-10 worked in its place. */
    private static boolean chinaOctober2026(LocalDate day) {
        if (day.equals(LocalDate.of(2026, 10, 10))) {
            return true;
        }
        boolean holiday = !day.isBefore(LocalDate.of(2026, 10, 1)) && !day.isAfter(LocalDate.of(2026, 10, 7));
        return !holiday && day.getDayOfWeek().getValue() <= 5;
    }

    private static boolean weekdays(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5;
    }

    @Test
    void skipsPublicHolidaysAndCountsAWorkedSaturday() {
        // Archived on Wednesday 30 September: the 1st-7th are holidays, the 8th and 9th working days, the 10th a make-up Saturday.
        assertThat(WorkingDays.after(LocalDate.of(2026, 9, 30), 3, WorkingDaysTests::chinaOctober2026))
                .isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void skipsTheWeekend() {
        // 2026-11-26 is a Thursday: three working days later is the Tuesday after.
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 26), 3, WorkingDaysTests::weekdays)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void archivedOnASaturdayCountsFromMonday() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 28), 1, WorkingDaysTests::weekdays)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}

package org.kehu.support.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    @Test
    void skipsTheWeekend() {
        // 2026-11-26 is a Thursday: three working days later is the Tuesday after.
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 26), 3)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void archivedOnASaturdayCountsFromMonday() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}

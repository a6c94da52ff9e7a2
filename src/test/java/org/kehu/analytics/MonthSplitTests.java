package org.kehu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The months and signed day ranges of a period: summed over the calendar they count each day of the period once and
 * no other day, whichever way each edge month is read; and the usual twelve months to today read few day rows.
 */
class MonthSplitTests {

    @Test
    void everyDayOfThePeriodCountsOnceAndNoOtherDayWhateverTheEdgesAndToday() {
        Random random = new Random(20261207);
        LocalDate base = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < 5000; i++) {
            LocalDate from = base.plusDays(random.nextInt(900));
            LocalDate end = from.plusDays(random.nextInt(500));
            LocalDate today = base.plusDays(random.nextInt(1500));
            MonthSplit split = MonthSplit.of(from, end, today);
            for (LocalDate d = from.minusDays(62); d.isBefore(end.plusDays(62)); d = d.plusDays(1)) {
                int counted = (!d.isBefore(split.monthFrom()) && d.isBefore(split.monthEnd()) ? 1 : 0)
                        + (!d.isBefore(split.lowFrom()) && d.isBefore(split.lowTo()) ? split.lowSign() : 0)
                        + (!d.isBefore(split.highFrom()) && d.isBefore(split.highTo()) ? split.highSign() : 0);
                assertThat(counted).as("%s in [%s, %s) on %s: %s", d, from, end, today, split)
                        .isEqualTo(!d.isBefore(from) && d.isBefore(end) ? 1 : 0);
            }
            assertThat(split.monthFrom().getDayOfMonth()).isEqualTo(split.monthFrom().equals(end) ? end.getDayOfMonth() : 1);
        }
    }

    @Test
    void twelveMonthsToTodayReadTheFirstMonthsDaysBeforeThePeriodAndNoDayOfThisMonth() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        MonthSplit split = MonthSplit.of(today.minusYears(1).plusDays(1), today.plusDays(1), today);
        // December 2025 whole less its first seven days; December 2026 whole less the days after today (none sold).
        assertThat(split.monthFrom()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(split.monthEnd()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(split.lowSign()).isEqualTo(-1);
        assertThat(split.lowFrom()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(split.lowTo()).isEqualTo(LocalDate.of(2025, 12, 8));
        assertThat(split.highSign()).isEqualTo(-1);
        assertThat(split.highFrom()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(split.highTo()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aPeriodOfPastMonthsCutLateReadsTheDaysInsideIt() {
        // 25 March to 3 June 2026, read in July: March's last week and June's first days are fewer than the rest.
        MonthSplit split = MonthSplit.of(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 6, 4), LocalDate.of(2026, 7, 15));
        assertThat(split.monthFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(split.monthEnd()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(split.lowSign()).isEqualTo(1);
        assertThat(split.highSign()).isEqualTo(1);
        assertThat(split.highFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
    }
}

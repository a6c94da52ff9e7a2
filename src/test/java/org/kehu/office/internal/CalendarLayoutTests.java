package org.kehu.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.office.TaskKind;
import org.kehu.shared.BusinessTime;

class CalendarLayoutTests {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BusinessTime.ZONE).toInstant();
    }

    private static TaskRow appointment(long id, String start, String end) {
        return new TaskRow(id, TaskKind.APPOINTMENT, "a" + id, at(start), at(end), null, 1, "u", TaskPriority.NORMAL,
                TaskStatus.OPEN, null, null, null, false);
    }

    private static TaskRow task(long id, String due) {
        return new TaskRow(id, TaskKind.TASK, "t" + id, at(due), null, null, 1, "u", TaskPriority.NORMAL,
                TaskStatus.OPEN, null, null, null, false);
    }

    @Test
    void theWeekRunsFromMondayToSundayAndPlacesAnItemAtItsHour() {
        List<CalendarLayout.WeekDay> week = CalendarLayout.week(WEDNESDAY, WEDNESDAY,
                List.of(appointment(1, "2026-11-25T12:00", "2026-11-25T18:00")));
        assertThat(week).hasSize(7);
        assertThat(week.get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(week.get(2).today()).isTrue();
        CalendarLayout.Placed placed = week.get(2).items().get(0);
        assertThat(placed.top()).isEqualTo("50.000");
        assertThat(placed.height()).isEqualTo("25.000");
        assertThat(placed.width()).isEqualTo("100.000");
    }

    @Test
    void overlappingItemsSitSideBySideAndALaterOneTakesTheFullWidthAgain() {
        List<CalendarLayout.Placed> placed = CalendarLayout.place(WEDNESDAY, List.of(
                appointment(1, "2026-11-25T09:00", "2026-11-25T11:00"),
                appointment(2, "2026-11-25T10:00", "2026-11-25T12:00"),
                task(3, "2026-11-25T15:00")));
        assertThat(placed).extracting(CalendarLayout.Placed::width).containsExactly("50.000", "50.000", "100.000");
        assertThat(placed).extracting(CalendarLayout.Placed::left).containsExactly("0.000", "50.000", "0.000");
    }

    @Test
    void anAppointmentOverMidnightShowsOnBothDaysClippedToEach() {
        TaskRow late = appointment(1, "2026-11-25T22:00", "2026-11-26T02:00");
        List<CalendarLayout.WeekDay> week = CalendarLayout.week(WEDNESDAY, WEDNESDAY, List.of(late));
        assertThat(week.get(2).items().get(0).height()).isEqualTo("8.333");
        assertThat(week.get(3).items().get(0).top()).isEqualTo("0.000");
        assertThat(week.get(3).items().get(0).height()).isEqualTo("8.333");
    }

    @Test
    void theMonthGridIsSixWeeksFromTheMondayBeforeTheFirst() {
        List<CalendarLayout.MonthDay> month = CalendarLayout.month(WEDNESDAY, WEDNESDAY,
                List.of(task(1, "2026-11-25T09:00"), appointment(2, "2026-11-30T23:00", "2026-12-01T01:00")));
        assertThat(month).hasSize(42);
        assertThat(month.get(0).date()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(month.get(0).inMonth()).isFalse();
        assertThat(month.stream().filter(d -> d.date().equals(WEDNESDAY)).findFirst().orElseThrow().items())
                .extracting(TaskRow::id).containsExactly(1L);
        assertThat(month.stream().filter(d -> !d.items().isEmpty() && d.items().get(0).id() == 2).map(CalendarLayout.MonthDay::date))
                .containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
    }
}

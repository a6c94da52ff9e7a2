package org.kehu.support.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working-time arithmetic of the service levels: working hours on working days, where a holiday is never a
 * working day and a make-up day (a weekend day worked instead, as China's calendar has them) always is.
 * Pure Java so that the rules can be tested without a database.
 */
public final class WorkingTime {

    /** How far ahead a due time is sought before the calendar is declared to have no working time. */
    private static final int MAX_DAYS = 3_700;

    private final ZoneId zone;
    private final LocalTime start;
    private final LocalTime end;
    private final Set<DayOfWeek> workDays;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;

    public WorkingTime(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> workDays, Set<LocalDate> holidays,
            Set<LocalDate> makeUpDays) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must start before they end");
        }
        this.zone = zone;
        this.start = start;
        this.end = end;
        this.workDays = Set.copyOf(workDays);
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        return makeUpDays.contains(day) || workDays.contains(day.getDayOfWeek());
    }

    /** The instant {@code minutes} working minutes after {@code from}; counting starts at the next working moment. */
    public Instant plus(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        long remaining = minutes * 60;
        LocalDateTime t = LocalDateTime.ofInstant(from, zone);
        for (int i = 0; i < MAX_DAYS; i++) {
            LocalDate day = t.toLocalDate();
            if (!isWorkingDay(day) || !t.toLocalTime().isBefore(end)) {
                t = day.plusDays(1).atTime(start);
                continue;
            }
            if (t.toLocalTime().isBefore(start)) {
                t = day.atTime(start);
            }
            long available = Duration.between(t, day.atTime(end)).toSeconds();
            if (remaining <= available) {
                return t.plusSeconds(remaining).atZone(zone).toInstant();
            }
            remaining -= available;
            t = day.plusDays(1).atTime(start);
        }
        throw new IllegalStateException("The calendar has no working time");
    }

    /** Working minutes from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public long minutesBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return -minutesBetween(to, from);
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        long seconds = 0;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalDateTime s = max(a, day.atTime(start));
            LocalDateTime e = min(b, day.atTime(end));
            if (s.isBefore(e)) {
                seconds += Duration.between(s, e).toSeconds();
            }
        }
        return seconds / 60;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}

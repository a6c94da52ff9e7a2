package org.kehu.office.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.kehu.shared.BusinessTime;

/**
 * Lays out tasks on the calendar grids, in the company's time zone. The week is seven day columns of 24 hours;
 * an item sits at its time with its length (a task, which has no end, shows as half an hour), side by side with
 * the items it overlaps. The month is six weeks of seven days from the Monday on or before the first.
 */
public final class CalendarLayout {

    /** How long a task without an end looks on the week grid. */
    static final Duration TASK_LENGTH = Duration.ofMinutes(30);
    public static final int WEEKS_SHOWN = 6;
    private static final double DAY_MINUTES = 24 * 60;

    private CalendarLayout() {
    }

    /** An item on a day column: top and height in percent of the day, left and width in percent of the column. */
    public record Placed(TaskRow task, LocalDateTime start, String top, String height, String left, String width) {
    }

    public record WeekDay(LocalDate date, boolean today, List<Placed> items) {

        /** {@code 2026-11-25}, for ids and links whatever the locale formats dates as. */
        public String iso() {
            return date.toString();
        }
    }

    public record MonthDay(LocalDate date, boolean inMonth, boolean today, List<TaskRow> items) {

        public String iso() {
            return date.toString();
        }
    }

    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate monthGridStart(LocalDate date) {
        return weekStart(date.withDayOfMonth(1));
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** The seven days of the week of {@code date}, Monday first, with the tasks of each placed. */
    public static List<WeekDay> week(LocalDate date, LocalDate today, List<TaskRow> tasks) {
        LocalDate monday = weekStart(date);
        List<WeekDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            days.add(new WeekDay(day, day.equals(today), place(day, tasks)));
        }
        return days;
    }

    /** The 42 days of the month grid of {@code date}'s month, each with its tasks in time order. */
    public static List<MonthDay> month(LocalDate date, LocalDate today, List<TaskRow> tasks) {
        LocalDate first = monthGridStart(date);
        List<MonthDay> days = new ArrayList<>();
        for (int i = 0; i < WEEKS_SHOWN * 7; i++) {
            LocalDate day = first.plusDays(i);
            Instant from = startOf(day);
            Instant to = startOf(day.plusDays(1));
            List<TaskRow> items = tasks.stream()
                    .filter(t -> t.dueAt().isBefore(to) && (!t.dueAt().isBefore(from) || end(t).isAfter(from)))
                    .sorted(Comparator.comparing(TaskRow::dueAt)).toList();
            days.add(new MonthDay(day, day.getMonth() == date.getMonth(), day.equals(today), items));
        }
        return days;
    }

    /** The items of one day: clipped to the day, in lanes where they overlap. */
    static List<Placed> place(LocalDate day, List<TaskRow> tasks) {
        Instant from = startOf(day);
        Instant to = startOf(day.plusDays(1));
        List<Segment> segments = tasks.stream()
                .filter(t -> t.dueAt().isBefore(to) && displayEnd(t).isAfter(from))
                .map(t -> new Segment(t, max(t.dueAt(), from), min(displayEnd(t), to)))
                .sorted(Comparator.comparing(Segment::start).thenComparing(s -> s.task().id()))
                .toList();
        List<Placed> placed = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            // A cluster: items that overlap one another directly or through others share its lanes.
            List<Segment> cluster = new ArrayList<>();
            Instant clusterEnd = segments.get(i).end();
            while (i < segments.size() && (cluster.isEmpty() || segments.get(i).start().isBefore(clusterEnd))) {
                Segment s = segments.get(i++);
                cluster.add(s);
                clusterEnd = max(clusterEnd, s.end());
            }
            List<Instant> laneEnds = new ArrayList<>();
            int[] lanes = new int[cluster.size()];
            for (int k = 0; k < cluster.size(); k++) {
                Segment s = cluster.get(k);
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(s.start())) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(s.end());
                } else {
                    laneEnds.set(lane, s.end());
                }
                lanes[k] = lane;
            }
            double width = 100.0 / laneEnds.size();
            for (int k = 0; k < cluster.size(); k++) {
                Segment s = cluster.get(k);
                double top = minutes(from, s.start()) / DAY_MINUTES * 100;
                double height = Math.max(minutes(s.start(), s.end()), 15) / DAY_MINUTES * 100;
                placed.add(new Placed(s.task(), LocalDateTime.ofInstant(s.task().dueAt(), BusinessTime.ZONE),
                        pct(top), pct(height), pct(lanes[k] * width), pct(width)));
            }
        }
        return placed;
    }

    /** When an item ends on the grid: an appointment's end, a task's due time plus half an hour. */
    static Instant displayEnd(TaskRow t) {
        return t.endAt() != null ? t.endAt() : t.dueAt().plus(TASK_LENGTH);
    }

    private static Instant end(TaskRow t) {
        return t.endAt() != null ? t.endAt() : t.dueAt();
    }

    /** The start of the hour slot a click on the grid stands for. */
    public static LocalDateTime slot(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0));
    }

    private static double minutes(Instant a, Instant b) {
        return Duration.between(a, b).toSeconds() / 60.0;
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Segment(TaskRow task, Instant start, Instant end) {
    }
}

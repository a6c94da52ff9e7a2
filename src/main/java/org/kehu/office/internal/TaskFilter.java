package org.kehu.office.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.kehu.office.TaskKind;
import org.kehu.shared.BusinessTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the task list, shared by the page, the API and the export; every field is optional.
 * {@code view}: {@code mine} (default, tasks assigned to me) or {@code team} (everyone in my data scope).
 * {@code status}: OPEN (default), DONE, CANCELLED or ALL. {@code period}: overdue, today, week (this week),
 * next7, month (this month); or {@code from}/{@code to} dates (inclusive). {@code assignee}, {@code customer} and
 * {@code opportunity} are ids.
 */
public record TaskFilter(String view, String status, TaskKind kind, String period,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long assignee, Long customer, Long opportunity) {

    public static final String ALL = "ALL";

    public TaskFilter {
        view = "team".equalsIgnoreCase(blankToNull(view)) ? "team" : "mine";
        status = blankToNull(status) == null ? TaskStatus.OPEN.name() : status.strip().toUpperCase();
        period = blankToNull(period) == null ? null : period.strip().toLowerCase();
    }

    public static TaskFilter mine() {
        return new TaskFilter(null, null, null, null, null, null, null, null, null);
    }

    public boolean team() {
        return "team".equals(view);
    }

    /** The status asked for, or null for every status; an unknown status is refused as bad input. */
    public TaskStatus statusOrNull() {
        return ALL.equals(status) ? null : TaskStatus.valueOf(status);
    }

    /** The due-time window [from, to) the filter asks for at {@code clock}'s now; null ends are open. */
    public Window window(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        Instant now = clock.instant();
        if (period != null) {
            return switch (period) {
                case "overdue" -> new Window(null, now);
                case "today" -> days(today, today.plusDays(1));
                case "week" -> {
                    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    yield days(monday, monday.plusWeeks(1));
                }
                case "next7" -> new Window(now, now.plus(java.time.Duration.ofDays(7)));
                case "month" -> days(today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1));
                default -> throw new IllegalArgumentException("Unknown period " + period);
            };
        }
        return new Window(from == null ? null : start(from), to == null ? null : start(to.plusDays(1)));
    }

    /** Overdue means open and past due, whatever the status filter says. */
    public boolean overdueOnly() {
        return "overdue".equals(period);
    }

    private static Window days(LocalDate from, LocalDate toExclusive) {
        return new Window(start(from), start(toExclusive));
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** A window of due times; either end may be null (open). */
    public record Window(Instant from, Instant to) {
    }

    /** The filter as a query string, for links and the export. */
    public String toQueryString() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("view", team() ? "team" : null);
        m.put("status", TaskStatus.OPEN.name().equals(status) ? null : status);
        m.put("kind", kind);
        m.put("period", period);
        m.put("from", from);
        m.put("to", to);
        m.put("assignee", assignee);
        m.put("customer", customer);
        m.put("opportunity", opportunity);
        return m.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

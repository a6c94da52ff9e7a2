package org.kehu.support.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-level settings (targets per type and priority, working hours, holidays and make-up days) and
 * what follows from them for a ticket: when its response and resolution are due, and when it is about to
 * breach (less than 20 % of the target, or 30 minutes, left).
 */
@Service
@Transactional(readOnly = true)
public class ServiceLevels {

    /** Used when a type and priority have no target of their own (a dictionary entry added later). */
    static final Target FALLBACK = new Target(null, null, 240, 2880);

    public record Target(String typeCode, String priorityCode, int responseMinutes, int resolutionMinutes) {
    }

    public record Calendar(LocalTime start, LocalTime end, Set<DayOfWeek> workDays, long version) {
    }

    public record SpecialDay(LocalDate day, boolean working, String note) {
    }

    /** Due and warning instants of a new ticket. */
    public record Due(Instant responseDue, Instant responseWarnAt, Instant resolutionDue, Instant resolutionWarnAt) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ServiceLevels(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Target> targets() {
        return jdbc.sql("select type_code, priority_code, response_minutes, resolution_minutes from sla_target")
                .query(Target.class).list();
    }

    public Target target(String typeCode, String priorityCode) {
        return jdbc.sql("""
                select type_code, priority_code, response_minutes, resolution_minutes from sla_target
                 where type_code = :t and priority_code = :p""").param("t", typeCode).param("p", priorityCode)
                .query(Target.class).optional().orElse(FALLBACK);
    }

    public Calendar calendar() {
        return jdbc.sql("select work_start, work_end, work_days, version from sla_calendar where id = 1")
                .query((rs, n) -> new Calendar(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class),
                        parseDays(rs.getString(3)), rs.getLong(4))).single();
    }

    public List<SpecialDay> specialDays() {
        return jdbc.sql("select day, working, note from sla_special_day order by day").query(SpecialDay.class).list();
    }

    /** The working-time calculator of the current settings. */
    public WorkingTime workingTime() {
        Calendar c = calendar();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (SpecialDay d : specialDays()) {
            (d.working() ? makeUp : holidays).add(d.day());
        }
        return new WorkingTime(BusinessTime.ZONE, c.start(), c.end(), c.workDays(), holidays, makeUp);
    }

    public Due due(String typeCode, String priorityCode, Instant createdAt) {
        return due(workingTime(), target(typeCode, priorityCode), createdAt);
    }

    /** For many tickets at once (the demo data): one calculator, targets looked up by the caller. */
    public static Due due(WorkingTime time, Target target, Instant createdAt) {
        return new Due(time.plus(createdAt, target.responseMinutes()),
                time.plus(createdAt, target.responseMinutes() - margin(target.responseMinutes())),
                time.plus(createdAt, target.resolutionMinutes()),
                time.plus(createdAt, target.resolutionMinutes() - margin(target.resolutionMinutes())));
    }

    /** Working minutes before the due time from which a ticket counts as about to breach. */
    static int margin(int targetMinutes) {
        return Math.min(targetMinutes, Math.max((int) Math.ceil(targetMinutes * 0.2), 30));
    }

    @Transactional
    public void saveTargets(List<Target> targets) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Target t : targets) {
            if (t.responseMinutes() <= 0) {
                problems.put("response_" + t.typeCode() + "_" + t.priorityCode(), "support.sla.error.minutes");
            }
            if (t.resolutionMinutes() <= 0) {
                problems.put("resolution_" + t.typeCode() + "_" + t.priorityCode(), "support.sla.error.minutes");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Target t : targets) {
            jdbc.sql("""
                    insert into sla_target(type_code, priority_code, response_minutes, resolution_minutes) values (:t, :p, :r, :s)
                    on conflict (type_code, priority_code) do update set response_minutes = :r, resolution_minutes = :s""")
                    .param("t", t.typeCode()).param("p", t.priorityCode()).param("r", t.responseMinutes())
                    .param("s", t.resolutionMinutes()).update();
        }
        audit.recordChange(AuditAction.UPDATE, "sla_target", 0L, "service levels", null, Map.of("targets", targets.size()));
    }

    @Transactional
    public void saveCalendar(LocalTime start, LocalTime end, Set<DayOfWeek> days) {
        if (start == null || end == null || !start.isBefore(end)) {
            throw InvalidInputException.of("workEnd", "support.sla.error.hours");
        }
        if (days == null || days.isEmpty()) {
            throw InvalidInputException.of("workDays", "support.sla.error.days");
        }
        Calendar old = calendar();
        String text = new TreeSet<>(days).stream().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
        jdbc.sql("update sla_calendar set work_start = :s, work_end = :e, work_days = :d, version = version + 1 where id = 1")
                .param("s", start).param("e", end).param("d", text).update();
        audit.recordChange(AuditAction.UPDATE, "sla_calendar", 1L, "working hours",
                Map.of("start", old.start().toString(), "end", old.end().toString()),
                Map.of("start", start.toString(), "end", end.toString(), "days", text));
    }

    @Transactional
    public void saveSpecialDay(LocalDate day, boolean working, String note) {
        if (day == null) {
            throw InvalidInputException.of("day", "support.sla.error.day");
        }
        jdbc.sql("""
                insert into sla_special_day(day, working, note) values (:d, :w, :n)
                on conflict (day) do update set working = :w, note = :n""")
                .param("d", day).param("w", working).param("n", note == null || note.isBlank() ? null : note.strip())
                .update();
    }

    @Transactional
    public void removeSpecialDay(LocalDate day) {
        jdbc.sql("delete from sla_special_day where day = :d").param("d", day).update();
    }

    static Set<DayOfWeek> parseDays(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> DayOfWeek.of(Integer.parseInt(s))).collect(Collectors.toSet());
    }
}

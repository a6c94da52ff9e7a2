package org.kehu.office.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.office.internal.CalendarLayout;
import org.kehu.office.internal.TaskListing;
import org.kehu.office.internal.TaskRow;
import org.kehu.office.internal.TaskService;
import org.kehu.shared.BusinessTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The calendar of one's own tasks and appointments, or for a user who sees a team (a director) the team's or one
 * member's: a week of hours or a month of days, rendered on the server. A click on an empty slot opens a new
 * appointment at that time.
 */
@Controller
@PreAuthorize("hasAuthority('task.view')")
class CalendarController {

    private final TaskListing listing;
    private final TaskService tasks;
    private final UserDirectory users;
    private final Clock clock;

    CalendarController(TaskListing listing, TaskService tasks, UserDirectory users, Clock clock) {
        this.listing = listing;
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(defaultValue = "week") String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "false") boolean team, @RequestParam(required = false) Long member, Model model) {
        boolean month = "month".equals(view);
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        LocalDate shown = date == null ? today : date;
        long me = users.requireCurrentUser().id();
        boolean hasTeam = listing.hasTeam();
        boolean teamShown = team && hasTeam;
        List<UserSummary> members = hasTeam ? tasks.assignees() : List.of();
        Long chosen = teamShown && member != null && members.stream().anyMatch(u -> u.id() == member) ? member : null;
        List<Long> assignees = !teamShown ? List.of(me)
                : chosen != null ? List.of(chosen) : members.stream().map(UserSummary::id).toList();

        LocalDate from = month ? CalendarLayout.monthGridStart(shown) : CalendarLayout.weekStart(shown);
        LocalDate to = month ? from.plusWeeks(CalendarLayout.WEEKS_SHOWN) : from.plusWeeks(1);
        List<TaskRow> rows = listing.calendar(assignees, CalendarLayout.startOf(from), CalendarLayout.startOf(to));

        model.addAttribute("view", month ? "month" : "week");
        model.addAttribute("shown", shown);
        model.addAttribute("today", today);
        model.addAttribute("rangeFrom", from);
        model.addAttribute("rangeTo", to.minusDays(1));
        model.addAttribute("hasTeam", hasTeam);
        model.addAttribute("team", teamShown);
        model.addAttribute("members", members);
        model.addAttribute("member", chosen);
        model.addAttribute("hours", java.util.stream.IntStream.range(0, 24).boxed().toList());
        if (month) {
            model.addAttribute("days", CalendarLayout.month(shown, today, rows));
        } else {
            model.addAttribute("days", CalendarLayout.week(shown, today, rows));
        }
        LocalDate previous = month ? shown.minusMonths(1) : shown.minusWeeks(1);
        LocalDate next = month ? shown.plusMonths(1) : shown.plusWeeks(1);
        model.addAttribute("previousUrl", link(month ? "month" : "week", previous, teamShown, chosen));
        model.addAttribute("nextUrl", link(month ? "month" : "week", next, teamShown, chosen));
        model.addAttribute("todayUrl", link(month ? "month" : "week", null, teamShown, chosen));
        model.addAttribute("weekUrl", link("week", shown, teamShown, chosen));
        model.addAttribute("monthUrl", link("month", shown, teamShown, chosen));
        model.addAttribute("mineUrl", link(month ? "month" : "week", shown, false, null));
        model.addAttribute("teamUrl", link(month ? "month" : "week", shown, true, null));
        return "office/calendar";
    }

    /** A link to the calendar, public for the template's links to a day's week. */
    static String link(String view, LocalDate date, boolean team, Long member) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/calendar").queryParam("view", view);
        if (date != null) {
            b.queryParam("date", date);
        }
        if (team) {
            b.queryParam("team", true);
        }
        if (member != null) {
            b.queryParam("member", member);
        }
        return b.build().toUriString();
    }
}

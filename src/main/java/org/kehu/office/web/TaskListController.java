package org.kehu.office.web;

import java.io.IOException;
import java.time.LocalDate;

import org.kehu.shared.export.SafeCsvWriter;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kehu.office.internal.TaskFilter;
import org.kehu.office.internal.TaskListing;
import org.kehu.shared.paging.CappedCount;
import org.kehu.office.internal.TaskService;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.Formats;
import org.kehu.shared.web.CsvDownload;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The task list: mine or my team's, filters, keyset pager, CSV export. */
@Controller
@PreAuthorize("hasAuthority('task.view')")
class TaskListController {

    static final int PAGE_SIZE = 25;

    private final TaskListing listing;
    private final TaskService tasks;
    private final Messages messages;

    TaskListController(TaskListing listing, TaskService tasks, Messages messages) {
        this.listing = listing;
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping("/tasks")
    String list(@ModelAttribute("filter") TaskFilter filter, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            HtmxRequest htmx, Model model) {
        model.addAttribute("page", listing.page(filter, after, before, PAGE_SIZE));
        CappedCount count = listing.count(filter);
        model.addAttribute("count", count.value());
        model.addAttribute("countCapped", count.capped());
        model.addAttribute("query", filter.toQueryString());
        if (htmx.isHtmxRequest() && "task-rows".equals(htmx.getTarget())) {
            return "office/list :: rows";
        }
        model.addAttribute("hasTeam", listing.hasTeam());
        model.addAttribute("kinds", org.kehu.office.TaskKind.values());
        model.addAttribute("assignees", tasks.assignees());
        model.addAttribute("customers", listing.customersOfTasks(filter.team()));
        return "office/list";
    }

    @GetMapping("/tasks/export")
    void export(@ModelAttribute TaskFilter filter, HttpServletResponse response) throws IOException {
        // Checked before the response starts, so that a bad filter answers 400 and not half a file.
        listing.count(filter);
        try (SafeCsvWriter csv = CsvDownload.start(response, "tasks-" + LocalDate.now(BusinessTime.ZONE) + ".csv")) {
            csv.writeRecord(text("office.field.id"), text("office.field.kind"), text("office.field.title"),
                    text("office.field.dueAt"), text("office.field.endAt"), text("office.field.place"),
                    text("office.field.assignee"), text("office.field.priority"), text("office.field.status"),
                    text("office.field.completedAt"), text("office.field.customer"));
            listing.forEach(filter, r -> csv.writeRecord(String.valueOf(r.id()), text("office.kind." + r.kind()), r.title(),
                    Formats.dateTime(r.dueAt()), Formats.dateTime(r.endAt()), nz(r.place()), nz(r.assigneeName()),
                    text("office.priority." + r.priority()), text("office.status." + r.status()),
                    Formats.dateTime(r.completedAt()), nz(r.customerName())));
        }
    }

    private String text(String key) {
        return messages.text(key);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

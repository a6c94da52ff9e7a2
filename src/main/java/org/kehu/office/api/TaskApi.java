package org.kehu.office.api;

import java.net.URI;

import org.kehu.office.internal.TaskDetails;
import org.kehu.office.internal.TaskFilter;
import org.kehu.office.internal.TaskInput;
import org.kehu.office.internal.TaskListing;
import org.kehu.office.internal.TaskRow;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.office.internal.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Tasks and appointments over REST. The assignee is the owner for the data scope: a task outside the caller's
 * scope answers 404 like an unknown one. Times sent are local to China ({@code 2026-11-25T09:30}); times answered
 * are instants (UTC).
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks and appointments with due times, reminders and assignees")
class TaskApi {

    private final TaskService tasks;
    private final TaskListing listing;

    TaskApi(TaskService tasks, TaskListing listing) {
        this.tasks = tasks;
        this.listing = listing;
    }

    @GetMapping
    @Operation(summary = "List tasks", description = "view=mine|team, status=OPEN (default)|DONE|CANCELLED|ALL, kind, "
            + "period=overdue|today|week|next7|month or from/to dates, assignee, customer, opportunity; by due time; keyset paging: "
            + "pass `next` as `after`, `previous` as `before`.")
    KeysetPage<TaskRow> list(@ModelAttribute TaskFilter filter,
            @Parameter(description = "cursor of the page's predecessor") @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, @RequestParam(defaultValue = "50") int size) {
        return listing.page(filter, after, before, size);
    }

    @GetMapping("/{id}")
    TaskDetails get(@PathVariable long id) {
        return tasks.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a task or an appointment", description = "Without assigneeId the task is the caller's")
    ResponseEntity<TaskDetails> create(@RequestBody TaskInput input) {
        TaskDetails created = tasks.create(input);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a task", description = "`version` is required; a stale version answers 409")
    TaskDetails update(@PathVariable long id, @RequestBody TaskInput input) {
        return tasks.update(id, input);
    }

    @PostMapping("/{id}/done")
    @Operation(summary = "Mark a task done", description = "With `version`, a stale one answers 409")
    TaskDetails done(@PathVariable long id, @RequestParam(required = false) Long version) {
        return tasks.complete(id, version);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a task", description = "With `version`, a stale one answers 409")
    TaskDetails cancel(@PathVariable long id, @RequestParam(required = false) Long version) {
        return tasks.cancel(id, version);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen a done or cancelled task")
    TaskDetails reopen(@PathVariable long id, @RequestParam(required = false) Long version) {
        return tasks.reopen(id, version);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        tasks.delete(id);
    }
}

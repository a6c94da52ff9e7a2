package org.kehu.office.web;

import java.time.LocalDateTime;
import java.util.List;


import org.kehu.customer.CustomerManagement;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.office.TaskKind;
import org.kehu.office.internal.CustomerLinks;
import org.kehu.office.internal.OpportunityLinks;
import org.kehu.office.internal.TaskDetails;
import org.kehu.office.internal.TaskInput;
import org.kehu.office.internal.TaskListing;
import org.kehu.office.internal.TaskPriority;
import org.kehu.office.internal.TaskService;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A task's page, its create/edit form, done/cancel/reopen/delete, and the customer page's "open tasks" card. */
@Controller
@PreAuthorize("hasAuthority('task.view')")
class TaskPageController {

    /** The reminder choices the form offers, in minutes before the due time. */
    static final List<Integer> REMIND_CHOICES = List.of(0, 5, 10, 15, 30, 60, 120, 240, 1440, 2880);
    private static final int CUSTOMER_CARD_SIZE = 10;

    private final TaskService tasks;
    private final TaskListing listing;
    private final CustomerLinks customerLinks;
    private final OpportunityLinks opportunities;
    private final CustomerManagement customers;
    private final UserDirectory users;
    private final Messages messages;

    TaskPageController(TaskService tasks, TaskListing listing, CustomerLinks customerLinks, OpportunityLinks opportunities,
            CustomerManagement customers, UserDirectory users, Messages messages) {
        this.tasks = tasks;
        this.listing = listing;
        this.customerLinks = customerLinks;
        this.opportunities = opportunities;
        this.customers = customers;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/tasks/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        TaskDetails task = tasks.get(id);
        model.addAttribute("task", task);
        model.addAttribute("taskDate", org.kehu.office.internal.OfficeTime.local(task.dueAt()).toLocalDate().toString());
        return "office/show";
    }

    /** The new-task form, prefilled from the calendar slot, the customer page or a link. */
    @GetMapping("/tasks/new")
    @PreAuthorize("hasAuthority('task.edit')")
    String newForm(@RequestParam(required = false) TaskKind kind,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime due,
            @RequestParam(required = false) Long customerId, @RequestParam(required = false) Long assigneeId,
            @RequestParam(required = false) Long opportunityId, Model model) {
        TaskInput in = new TaskInput();
        in.setKind(kind == null ? TaskKind.TASK : kind);
        LocalDateTime start = due != null ? due : LocalDateTime.now(org.kehu.shared.BusinessTime.ZONE)
                .plusHours(1).withMinute(0).withSecond(0).withNano(0);
        in.setDueAt(start);
        in.setEndAt(start.plusHours(1));
        in.setRemindBeforeMinutes(15);
        in.setAssigneeId(assigneeId != null ? assigneeId : users.requireCurrentUser().id());
        if (customerId != null && customerLinks.customerName(customerId) != null) {
            in.setCustomerId(customerId);
        }
        if (opportunityId != null && opportunities.name(opportunityId) != null) {
            in.setOpportunityId(opportunityId);
        }
        model.addAttribute("form", in);
        return form(model, null);
    }

    @PostMapping("/tasks")
    @PreAuthorize("hasAuthority('task.edit')")
    String create(@ModelAttribute("form") TaskInput form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            TaskDetails created = tasks.create(form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/tasks/" + created.id();
        }, () -> form(model, null));
    }

    @GetMapping("/tasks/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('task.edit')")
    String editForm(@PathVariable long id, Model model) {
        TaskDetails t = tasks.get(id);
        model.addAttribute("form", TaskInput.of(t));
        return form(model, t);
    }

    @PostMapping("/tasks/{id:\\d+}")
    @PreAuthorize("hasAuthority('task.edit')")
    String update(@PathVariable long id, @ModelAttribute("form") TaskInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        TaskDetails current = tasks.get(id);
        return FormSubmission.save(binding, model, () -> {
            tasks.update(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/tasks/" + id;
        }, () -> form(model, current));
    }

    @PostMapping("/tasks/{id:\\d+}/done")
    @PreAuthorize("hasAuthority('task.edit')")
    String done(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return statusChange(id, redirect, back, () -> tasks.complete(id, version), "office.done.flash");
    }

    @PostMapping("/tasks/{id:\\d+}/cancel")
    @PreAuthorize("hasAuthority('task.edit')")
    String cancel(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return statusChange(id, redirect, null, () -> tasks.cancel(id, version), "office.cancel.flash");
    }

    @PostMapping("/tasks/{id:\\d+}/reopen")
    @PreAuthorize("hasAuthority('task.edit')")
    String reopen(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return statusChange(id, redirect, null, () -> tasks.reopen(id, version), "office.reopen.flash");
    }

    @PostMapping("/tasks/{id:\\d+}/delete")
    @PreAuthorize("hasAuthority('task.edit')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        tasks.delete(id);
        redirect.addFlashAttribute("flash", messages.text("common.deleted"));
        return "redirect:/tasks";
    }

    /** The customer page's card: the customer's open tasks the reader may see, and a button to add one. */
    @GetMapping("/tasks/customer/{customerId:\\d+}")
    String customerCard(@PathVariable long customerId, Model model) {
        customers.get(customerId);
        model.addAttribute("customerId", customerId);
        model.addAttribute("tasks", listing.ofCustomer(customerId, true, CUSTOMER_CARD_SIZE));
        model.addAttribute("canEdit", users.requireCurrentUser().can(Permission.TASK_EDIT));
        return "office/fragments :: customer-card";
    }

    private String statusChange(long id, RedirectAttributes redirect, String back, Runnable change, String doneKey) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", messages.text(doneKey));
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("taskConflict", true);
        }
        // Only back to a page of this site.
        return "redirect:" + (back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/tasks/" + id);
    }

    private String form(Model model, TaskDetails existing) {
        TaskInput form = (TaskInput) model.getAttribute("form");
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("priorities", TaskPriority.values());
        var assignees = tasks.assignees();
        model.addAttribute("assignees", assignees);
        // A task kept by someone the editor may no longer give tasks to still shows its assignee.
        model.addAttribute("assigneeMissing", existing != null && assignees.stream().noneMatch(u -> u.id() == existing.assigneeId()));
        model.addAttribute("appointment", form != null && form.getKind() == TaskKind.APPOINTMENT);
        model.addAttribute("remindChoices", remindChoices(form));
        model.addAttribute("canLinkCustomer", users.requireCurrentUser().can(Permission.CUSTOMER_VIEW));
        model.addAttribute("customerName", form == null ? null : customerLinks.customerName(form.getCustomerId()));
        model.addAttribute("contacts", form == null ? List.of() : customerLinks.contacts(form.getCustomerId()));
        model.addAttribute("opportunitiesAvailable", opportunities.available());
        model.addAttribute("opportunityName", form == null ? null : opportunities.name(form.getOpportunityId()));
        return "office/form";
    }

    private static List<Integer> remindChoices(TaskInput form) {
        if (form == null || form.getRemindBeforeMinutes() == null || REMIND_CHOICES.contains(form.getRemindBeforeMinutes())) {
            return REMIND_CHOICES;
        }
        return java.util.stream.Stream.concat(REMIND_CHOICES.stream(), java.util.stream.Stream.of(form.getRemindBeforeMinutes()))
                .sorted().toList();
    }


}

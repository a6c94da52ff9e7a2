package org.kehu.sales.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kehu.identity.Permission;
import org.kehu.sales.CompetitorChoices;
import org.kehu.sales.OpportunityPageSection;
import org.kehu.sales.internal.DevelopmentPlans;
import org.kehu.sales.internal.Opportunity;
import org.kehu.sales.internal.OpportunityHistory;
import org.kehu.sales.internal.OpportunityInput;
import org.kehu.sales.internal.OpportunityService;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.FormSubmission;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * An opportunity's form and page: its fields, plan steps with their results, history, and the actions its
 * state allows (assign, write a step, record a result, close as won or lost). A refused action comes back to
 * the page with the reason.
 */
@Controller
@PreAuthorize("hasAuthority('opportunity.view')")
class OpportunityPageController {

    private final OpportunityService opportunities;
    private final DevelopmentPlans plans;
    private final OpportunityHistory history;
    private final SalesPageSupport support;
    private final List<CompetitorChoices> competitors;
    private final List<OpportunityPageSection> sections;

    OpportunityPageController(OpportunityService opportunities, DevelopmentPlans plans, OpportunityHistory history,
            SalesPageSupport support, List<CompetitorChoices> competitors, List<OpportunityPageSection> sections) {
        this.competitors = competitors;
        this.sections = sections;
        this.opportunities = opportunities;
        this.plans = plans;
        this.history = history;
        this.support = support;
    }

    @GetMapping("/opportunities/new")
    @PreAuthorize("hasAuthority('opportunity.create')")
    String newForm(Model model) {
        OpportunityInput form = new OpportunityInput();
        form.setStageCode(support.stages().first());
        form.setProbability(support.stages().defaultProbability(form.getStageCode()));
        return form(form, null, model);
    }

    @PostMapping("/opportunities")
    @PreAuthorize("hasAuthority('opportunity.create')")
    String create(@ModelAttribute("form") OpportunityInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            Opportunity o = opportunities.create(form);
            redirect.addFlashAttribute("flash", support.messages().text("sales.created", o.getProspectName()));
            return "redirect:/opportunities/" + o.getId();
        }, () -> form(form, null, model));
    }

    @GetMapping("/opportunities/{id}")
    String show(@PathVariable long id, Model model) {
        Opportunity o = opportunities.get(id);
        support.options(model);
        model.addAttribute("o", o);
        model.addAttribute("steps", plans.steps(id));
        var changes = history.of(id);
        model.addAttribute("history", changes);
        List<Long> people = new java.util.ArrayList<>(List.of(o.getOwnerId(), o.getCreatedBy()));
        if (o.getAssignedTo() != null) {
            people.add(o.getAssignedTo());
        }
        changes.stream().filter(h -> h.action() == OpportunityHistory.Action.ASSIGNED)
                .forEach(h -> addId(people, h.from(), h.to()));
        model.addAttribute("names", support.users().names(people));
        var user = support.users().requireCurrentUser();
        boolean open = !o.getStatus().isClosed();
        boolean planner = user.id() == o.getOwnerId() || user.can(Permission.OPPORTUNITY_ASSIGN);
        model.addAttribute("canEdit", open && user.can(Permission.OPPORTUNITY_EDIT));
        model.addAttribute("canAssign", open && user.can(Permission.OPPORTUNITY_ASSIGN));
        model.addAttribute("canPlan", open && planner && user.can(Permission.OPPORTUNITY_EDIT)
                && o.getStatus() != org.kehu.sales.internal.OpportunityStatus.NEW);
        model.addAttribute("assignees", support.assignees());
        model.addAttribute("today", LocalDate.now(org.kehu.shared.BusinessTime.ZONE));
        // The lose form asks whom it was lost to, when the competitor module offers the choice.
        model.addAttribute("competitorChoices", open
                ? competitors.stream().flatMap(c -> c.choices().stream()).toList() : List.of());
        model.addAttribute("sections", sections.stream().filter(section -> section.visibleTo(user)).toList());
        return "sales/show";
    }

    @GetMapping("/opportunities/{id}/edit")
    @PreAuthorize("hasAuthority('opportunity.edit')")
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Opportunity o = opportunities.get(id);
        if (o.getStatus().isClosed()) {
            return readOnly(id, redirect);
        }
        return form(OpportunityInput.of(o), o, model);
    }

    @PostMapping("/opportunities/{id}")
    @PreAuthorize("hasAuthority('opportunity.edit')")
    String update(@PathVariable long id, @ModelAttribute("form") OpportunityInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Opportunity current = opportunities.get(id);
        if (current.getStatus().isClosed()) {
            return readOnly(id, redirect);
        }
        return FormSubmission.save(binding, model, () -> {
            opportunities.update(id, form);
            redirect.addFlashAttribute("flash", support.messages().text("common.saved"));
            return "redirect:/opportunities/" + id;
        }, () -> form(form, current, model));
    }

    @PostMapping("/opportunities/{id}/assign")
    @PreAuthorize("hasAuthority('opportunity.assign')")
    String assign(@PathVariable long id, @RequestParam(required = false) Long assigneeId, RedirectAttributes redirect) {
        return act(id, redirect, "sales.assign.done-one", () -> opportunities.assign(List.of(id), assigneeId));
    }

    @PostMapping("/opportunities/{id}/steps")
    @PreAuthorize("hasAuthority('opportunity.edit')")
    String addStep(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
            @RequestParam(required = false) String item, RedirectAttributes redirect) {
        return act(id, redirect, "sales.plan.step-added", () -> plans.addStep(id, plannedOn, item));
    }

    @PostMapping("/opportunities/{id}/steps/{stepId}/result")
    @PreAuthorize("hasAuthority('opportunity.edit')")
    String recordResult(@PathVariable long id, @PathVariable long stepId, @RequestParam(required = false) String result,
            RedirectAttributes redirect) {
        return act(id, redirect, "sales.plan.result-recorded", () -> plans.recordResult(id, stepId, result));
    }

    @PostMapping("/opportunities/{id}/close")
    @PreAuthorize("hasAuthority('opportunity.edit')")
    String close(@PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String note,
            @RequestParam(required = false) Long lostToCompetitorId, RedirectAttributes redirect) {
        DevelopmentPlans.Outcome parsed = "WON".equals(outcome) ? DevelopmentPlans.Outcome.WON
                : "LOST".equals(outcome) ? DevelopmentPlans.Outcome.LOST : null;
        return act(id, redirect, parsed == DevelopmentPlans.Outcome.WON ? "sales.closed.won" : "sales.closed.lost",
                () -> plans.close(id, parsed, reason, note, lostToCompetitorId));
    }

    /** Runs an action of the page; a refusal (rule or input) comes back as the page's error message. */
    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", support.messages().text(doneKey));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionError", support.messages().text(e.messageKey(), e.args()));
        } catch (InvalidInputException e) {
            Map<String, String> texts = support.messages().texts(e.fieldErrors());
            redirect.addFlashAttribute("actionError", String.join(" ", texts.values()));
        }
        return "redirect:/opportunities/" + id;
    }

    /** A won or lost opportunity: back to its page, which says it is read-only, with 409's message. */
    private String readOnly(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("actionError", support.messages().text("sales.error.closed"));
        return "redirect:/opportunities/" + id;
    }

    private String form(OpportunityInput form, Opportunity current, Model model) {
        support.options(model);
        model.addAttribute("form", form);
        model.addAttribute("current", current);
        return "sales/form";
    }

    private static void addId(List<Long> ids, String... values) {
        for (String v : values) {
            if (v != null && v.matches("\\d+")) {
                ids.add(Long.parseLong(v));
            }
        }
    }
}

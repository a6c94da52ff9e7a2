package org.kehu.marketing.plan;

import java.util.List;

import org.kehu.marketing.MarketingChannel;
import org.kehu.marketing.segment.Segments;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
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

/** The marketing plan pages: the list, the form, a plan with its approval (submit; approve or reject with a reason). */
@Controller
@PreAuthorize("hasAuthority('marketing.plan.view')")
class PlanController {

    private final MarketingPlans plans;
    private final Segments segments;
    private final Messages messages;

    PlanController(MarketingPlans plans, Segments segments, Messages messages) {
        this.plans = plans;
        this.segments = segments;
        this.messages = messages;
    }

    @GetMapping("/marketing/plans")
    String list(@RequestParam(required = false) String after, Model model) {
        model.addAttribute("page", plans.list(after, 50));
        return "marketing/plans/list";
    }

    @GetMapping("/marketing/plans/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("p", plans.get(id));
        return "marketing/plans/show";
    }

    @GetMapping("/marketing/plans/new")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String newForm(Model model) {
        return form(model, new PlanForms.PlanForm(), null);
    }

    @GetMapping("/marketing/plans/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String editForm(@PathVariable long id, Model model) {
        return form(model, PlanForms.PlanForm.of(plans.get(id)), id);
    }

    @PostMapping("/marketing/plans")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String create(@ModelAttribute("plan") PlanForms.PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> saved(redirect, plans.create(form.toInput()).id()),
                () -> form(model, form, null));
    }

    @PostMapping("/marketing/plans/{id:\\d+}")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String update(@PathVariable long id, @ModelAttribute("plan") PlanForms.PlanForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            return FormSubmission.save(binding, model, () -> saved(redirect, plans.update(id, form.toInput()).id()),
                    () -> form(model, form, id));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flash", messages.text(e.messageKey()));
            return "redirect:/marketing/plans/" + id;
        }
    }

    private String saved(RedirectAttributes redirect, long id) {
        redirect.addFlashAttribute("flash", messages.text("common.saved"));
        return "redirect:/marketing/plans/" + id;
    }

    @PostMapping("/marketing/plans/{id:\\d+}/submit")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "marketing.plan.submitted", () -> plans.submit(id, version));
    }

    @PostMapping("/marketing/plans/{id:\\d+}/approve")
    @PreAuthorize("hasAuthority('marketing.plan.approve')")
    String approve(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "marketing.plan.approved", () -> plans.approve(id, version));
    }

    @PostMapping("/marketing/plans/{id:\\d+}/reject")
    @PreAuthorize("hasAuthority('marketing.plan.approve')")
    String reject(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "marketing.plan.rejected", () -> plans.reject(id, version, reason));
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.text(doneKey));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", String.join(" ", messages.texts(e.fieldErrors()).values()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionError", messages.text(e.messageKey()));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("actionError", messages.text("marketing.plan.conflict"));
        }
        return "redirect:/marketing/plans/" + id;
    }

    private String form(Model model, PlanForms.PlanForm form, Long id) {
        model.addAttribute("plan", form);
        model.addAttribute("planId", id);
        model.addAttribute("channels", List.of(MarketingChannel.values()));
        model.addAttribute("segments", segments.list(null, 200).items());
        return "marketing/plans/form";
    }
}

package org.kehu.support.followup.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerSummary;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.kehu.support.followup.FollowUpFilter;
import org.kehu.support.followup.FollowUpMethod;
import org.kehu.support.followup.FollowUpPlan;
import org.kehu.support.followup.FollowUpResult;
import org.kehu.support.followup.FollowUpView;
import org.kehu.support.followup.FollowUps;
import org.kehu.shared.paging.CappedCount;
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

/** Follow-up visit pages: the list with its views and filters, planning for chosen customers, recording a result. */
@Controller
@PreAuthorize("hasAuthority('ticket.view')")
class FollowUpController {

    private final FollowUps followUps;
    private final CustomerManagement customers;
    private final Messages messages;

    FollowUpController(FollowUps followUps, CustomerManagement customers, Messages messages) {
        this.followUps = followUps;
        this.customers = customers;
        this.messages = messages;
    }

    @GetMapping("/follow-ups")
    String list(@ModelAttribute("filter") FollowUpFilter filter, @RequestParam(required = false) String after,
            HtmxRequest htmx, Model model) {
        model.addAttribute("page", followUps.page(filter, after));
        CappedCount count = followUps.count(filter);
        model.addAttribute("count", count.value());
        model.addAttribute("countCapped", count.capped());
        model.addAttribute("after", after == null || after.isBlank() ? null : after);
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("today", followUps.today());
        if (htmx.isHtmxRequest() && "followup-rows".equals(htmx.getTarget())) {
            return "followup/list :: rows";
        }
        model.addAttribute("views", FollowUpFilter.VIEWS);
        model.addAttribute("methods", FollowUpMethod.values());
        model.addAttribute("assignees", followUps.assignees());
        return "followup/list";
    }

    /** The body of the customer page's card. */
    @GetMapping("/follow-ups/customer/{customerId}")
    String customerCard(@PathVariable long customerId, Model model) {
        model.addAttribute("visits", followUps.ofCustomer(customerId).stream().limit(10).toList());
        model.addAttribute("customerId", customerId);
        return "followup/card :: card";
    }

    @GetMapping("/follow-ups/export")
    @PreAuthorize("hasAuthority('ticket.export')")
    void export(@ModelAttribute FollowUpFilter filter, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        TableExport.Format f = ExportDownload.format(format, "followup.error.format");
        followUps.export(filter, f, ExportDownload.start(response, f, "follow-ups-" + LocalDate.now(org.kehu.shared.BusinessTime.ZONE)));
        response.flushBuffer();
    }

    @GetMapping("/follow-ups/new")
    @PreAuthorize("hasAuthority('ticket.handle') and hasAuthority('customer.view')")
    String newForm(@RequestParam(name = "customerId", required = false) List<Long> customerIds, Model model) {
        PlanForm form = new PlanForm();
        form.setPlannedOn(followUps.today().plusDays(1));
        if (customerIds != null) {
            form.setCustomerIds(customerIds);
        }
        model.addAttribute("form", form);
        return planForm(form, model);
    }

    @PostMapping("/follow-ups/new")
    @PreAuthorize("hasAuthority('ticket.handle') and hasAuthority('customer.view')")
    String plan(@ModelAttribute("form") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            List<Long> ids = followUps.plan(new FollowUpPlan(form.getCustomerIds(), form.getContactId(), form.getPlannedOn(),
                    form.getAssigneeId(), form.getMethod(), form.getNote()));
            redirect.addFlashAttribute("flash", messages.text("followup.planned", ids.size()));
            return ids.size() == 1 ? "redirect:/follow-ups/" + ids.get(0) : "redirect:/follow-ups";
        }, () -> planForm(form, model));
    }

    @GetMapping("/follow-ups/{id}")
    String show(@PathVariable long id, Model model) {
        FollowUpView visit = followUps.get(id);
        ResultForm form = new ResultForm();
        form.setMethod(visit.method());
        form.setVersion(visit.version());
        model.addAttribute("form", form);
        return showPage(visit, model);
    }

    @PostMapping("/follow-ups/{id}/result")
    @PreAuthorize("hasAuthority('ticket.handle')")
    String record(@PathVariable long id, @ModelAttribute("form") ResultForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            followUps.record(id, new FollowUpResult(form.getMethod(), form.getResult(), form.getSatisfaction(), form.getVersion()));
            redirect.addFlashAttribute("flash", messages.text("followup.recorded"));
            return "redirect:/follow-ups/" + id;
        }, () -> showPage(followUps.get(id), model));
    }

    @PostMapping("/follow-ups/{id}/reschedule")
    @PreAuthorize("hasAuthority('ticket.handle')")
    String reschedule(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
            @RequestParam(required = false) Long assigneeId, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            followUps.reschedule(id, plannedOn, assigneeId, version);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("rescheduleError", e.fieldErrors().values().iterator().next());
        }
        return "redirect:/follow-ups/" + id;
    }

    private String showPage(FollowUpView visit, Model model) {
        model.addAttribute("visit", visit);
        model.addAttribute("methods", FollowUpMethod.values());
        model.addAttribute("assignees", followUps.assignees());
        return "followup/show";
    }

    private String planForm(PlanForm form, Model model) {
        var summaries = customers.summaries(form.getCustomerIds());
        List<CustomerSummary> chosen = form.getCustomerIds().stream().distinct().map(summaries::get)
                .filter(java.util.Objects::nonNull).toList();
        model.addAttribute("chosen", chosen);
        model.addAttribute("contacts", chosen.size() == 1 ? customers.contacts(chosen.get(0).id()) : List.of());
        model.addAttribute("methods", FollowUpMethod.values());
        model.addAttribute("assignees", followUps.assignees());
        return "followup/form";
    }
}

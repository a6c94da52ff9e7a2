package org.kehu.marketing.care;

import java.time.LocalDate;

import org.kehu.shared.InputLimits;
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

import jakarta.validation.Valid;

/**
 * The care page (客户关怀): the owner's greetings of the coming days to review, edit and send, the week's sent ones,
 * and what is due on any other day for planning ahead.
 */
@Controller
@PreAuthorize("hasAuthority('marketing.care')")
class CareController {

    private final CareGreetings greetings;
    private final CareSettings settings;
    private final Messages messages;

    CareController(CareGreetings greetings, CareSettings settings, Messages messages) {
        this.greetings = greetings;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/care")
    String page(@RequestParam(required = false) String date, @RequestParam(required = false) Long greeting, Model model) {
        model.addAttribute("highlight", greeting);
        return page(date, model);
    }

    /** Saves the edited words, and with {@code action=send} sends the greeting right after. */
    @PostMapping("/care/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") GreetingInput form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        model.addAttribute("editedId", id);
        return FormSubmission.save(binding, model, () -> {
            try {
                greetings.edit(id, form);
                if ("send".equals(action)) {
                    GreetingRow sent = greetings.send(id);
                    redirect.addFlashAttribute("flash", messages.text(sent.status() == GreetingStatus.SENT
                            ? "care.flash.sent" : "care.flash.skipped", sent.contactName()));
                } else {
                    redirect.addFlashAttribute("flash", messages.text("common.saved"));
                }
            } catch (RuleViolationException e) {
                redirect.addFlashAttribute("flash", messages.text(e.messageKey(), e.args()));
            }
            return "redirect:/care?greeting=" + id + "#greeting-" + id;
        }, () -> page(null, model));
    }

    private String page(String date, Model model) {
        LocalDate today = greetings.today();
        model.addAttribute("today", today);
        model.addAttribute("leadDays", settings.leadDays());
        model.addAttribute("autoSend", settings.autoSend());
        model.addAttribute("greetings", greetings.list(today));
        if (date != null && !date.isBlank()) {
            model.addAttribute("planDate", date);
            try {
                LocalDate day = LocalDate.parse(date.strip());
                if (!InputLimits.isWithinDateRange(day)) {
                    throw new java.time.format.DateTimeParseException("out of range", date, 0);
                }
                model.addAttribute("plan", greetings.dueOn(day));
            } catch (java.time.format.DateTimeParseException | org.kehu.shared.InvalidInputException e) {
                model.addAttribute("planError", messages.text("care.error.date"));
            }
        }
        return "marketing/care";
    }
}

package org.kehu.churn.web;

import java.time.Clock;
import java.time.LocalDate;

import org.kehu.churn.ChurnWarnings;
import org.kehu.churn.ConfirmInput;
import org.kehu.churn.PostponeInput;
import org.kehu.churn.WarningRow;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's two answers to a warning, each a form of its own: postpone (the measure and until when) and
 * confirm (the reason). A customer outside the scope or without an open warning is a 404.
 */
@Controller
@PreAuthorize("hasAuthority('churn.handle')")
class ChurnActionController {

    private final ChurnWarnings warnings;
    private final Dictionary dictionary;
    private final Messages messages;
    private final Clock clock;

    ChurnActionController(ChurnWarnings warnings, Dictionary dictionary, Messages messages, Clock clock) {
        this.warnings = warnings;
        this.dictionary = dictionary;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/churn/warnings/{customerId:\\d+}/postpone")
    String postponeForm(@PathVariable long customerId, Model model) {
        WarningRow warning = handleable(customerId);
        PostponeInput form = new PostponeInput(warning.measure(), null);
        model.addAttribute("form", form);
        return postponePage(model, warning);
    }

    @PostMapping("/churn/warnings/{customerId:\\d+}/postpone")
    String postpone(@PathVariable long customerId, @ModelAttribute("form") PostponeInput form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        WarningRow warning = handleable(customerId);
        return FormSubmission.save(binding, model, () -> {
            warnings.postpone(customerId, form);
            redirect.addFlashAttribute("flash", messages.text("churn.postponed", warning.customerName(), form.getUntil()));
            return "redirect:/churn/warnings";
        }, () -> postponePage(model, warning));
    }

    @GetMapping("/churn/warnings/{customerId:\\d+}/confirm")
    String confirmForm(@PathVariable long customerId, Model model) {
        WarningRow warning = handleable(customerId);
        model.addAttribute("form", new ConfirmInput());
        return confirmPage(model, warning);
    }

    @PostMapping("/churn/warnings/{customerId:\\d+}/confirm")
    String confirm(@PathVariable long customerId, @ModelAttribute("form") ConfirmInput form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        WarningRow warning = handleable(customerId);
        return FormSubmission.save(binding, model, () -> {
            warnings.confirm(customerId, form);
            redirect.addFlashAttribute("flash", messages.text("churn.confirmed", warning.customerName()));
            return "redirect:/churn/warnings?state=CONFIRMED";
        }, () -> confirmPage(model, warning));
    }

    private WarningRow handleable(long customerId) {
        WarningRow warning = warnings.open(customerId);
        if (!warning.state().canBeHandled()) {
            throw new RuleViolationException("churn.error.already-confirmed", "The churn is already confirmed");
        }
        return warning;
    }

    private String postponePage(Model model, WarningRow warning) {
        model.addAttribute("warning", warning);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("minUntil", today.plusDays(1));
        model.addAttribute("maxUntil", today.plusDays(ChurnWarnings.MAX_POSTPONE_DAYS));
        return "churn/postpone";
    }

    private String confirmPage(Model model, WarningRow warning) {
        model.addAttribute("warning", warning);
        model.addAttribute("reasons", dictionary.enabledEntries(DictionaryType.CHURN_REASON));
        return "churn/confirm";
    }
}

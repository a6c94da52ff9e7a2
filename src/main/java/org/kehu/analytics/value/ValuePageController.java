package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.FormErrors;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer value page: the current model's parameters for every reader of reports; for the analyst
 * ({@code model.edit}) also the fit up to a chosen calibration end, its holdout figure, the scoring progress and
 * the settings. The figure aggregates every customer's purchases, so it is the analyst's, not the account
 * manager's (whose scope is his own customers).
 */
@Controller
@PreAuthorize("hasAuthority('report.view')")
class ValuePageController {

    private final ClvFitting fitting;
    private final ClvModelStore store;
    private final UserDirectory users;
    private final Messages messages;

    ValuePageController(ClvFitting fitting, ClvModelStore store, UserDirectory users, Messages messages) {
        this.fitting = fitting;
        this.store = store;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/analytics/value")
    String page(Model model) {
        ValueForms.FitForm fit = new ValueForms.FitForm();
        fit.setCalibrationEnd(fitting.today());
        ClvModelStore.Settings settings = store.settings();
        ValueForms.SettingsForm form = new ValueForms.SettingsForm();
        form.setHorizonDays(settings.horizonDays());
        form.setYearlyDiscountPercent(percent(settings.yearlyDiscount()));
        return page(model, fit, form);
    }

    @PostMapping("/analytics/value/fit")
    @PreAuthorize("hasAuthority('model.edit')")
    String fit(@Valid @ModelAttribute("fitForm") ValueForms.FitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                fitting.fitAndScore(form.getCalibrationEnd(), users.currentUser().map(u -> u.id()).orElse(null));
                redirect.addFlashAttribute("flash", messages.text("clv.fit.done"));
                return "redirect:/analytics/value";
            } catch (InvalidInputException e) {
                FormErrors.addTo(binding, e);
            } catch (RuleViolationException e) {
                model.addAttribute("fitError", messages.text(e.messageKey(), e.args()));
            }
        }
        return page(model, form, null);
    }

    @PostMapping("/analytics/value/settings")
    @PreAuthorize("hasAuthority('model.edit')")
    String settings(@Valid @ModelAttribute("settingsForm") ValueForms.SettingsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            ValueForms.FitForm fit = new ValueForms.FitForm();
            fit.setCalibrationEnd(fitting.today());
            return page(model, fit, form);
        }
        store.saveSettings(new ClvModelStore.Settings(form.getHorizonDays(),
                form.getYearlyDiscountPercent().movePointLeft(2).setScale(4, RoundingMode.HALF_UP)));
        redirect.addFlashAttribute("flash", messages.text("clv.settings.saved"));
        return "redirect:/analytics/value";
    }

    /** The progress of the newest fit's scoring; htmx polls it while scoring goes on. */
    @GetMapping("/analytics/value/progress")
    @PreAuthorize("hasAuthority('model.edit')")
    String progress(Model model) {
        model.addAttribute("latest", store.latest().orElse(null));
        return "analytics/value :: progress";
    }

    /** 0.1000 as 10, 0.0725 as 7.25: no exponent in the field. */
    private static BigDecimal percent(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    private String page(Model model, ValueForms.FitForm fit, ValueForms.SettingsForm settings) {
        ValueForms.SettingsForm shown = settings;
        if (shown == null) {
            ClvModelStore.Settings stored = store.settings();
            shown = new ValueForms.SettingsForm();
            shown.setHorizonDays(stored.horizonDays());
            shown.setYearlyDiscountPercent(percent(stored.yearlyDiscount()));
        }
        if (!model.containsAttribute("fitForm")) {
            model.addAttribute("fitForm", fit);
        }
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", shown);
        }
        ClvModel current = store.current().orElse(null);
        ClvModel latest = store.latest().orElse(null);
        model.addAttribute("current", current);
        model.addAttribute("latest", latest);
        model.addAttribute("canEdit", users.currentUser().map(u -> u.can(Permission.MODEL_EDIT)).orElse(false));
        ClvModel shownModel = current != null ? current : latest;
        model.addAttribute("shown", shownModel);
        if (shownModel != null) {
            Holdout h = shownModel.holdout();
            model.addAttribute("holdoutActual", Arrays.stream(h.actual()).mapToObj(Long::toString)
                    .collect(Collectors.joining(" ")));
            model.addAttribute("holdoutPredicted", Arrays.stream(h.predicted()).mapToObj(Double::toString)
                    .collect(Collectors.joining(" ")));
            model.addAttribute("meanOrderValue", BigDecimal.valueOf(shownModel.gammaGamma().populationMean())
                    .setScale(2, RoundingMode.HALF_UP));
        }
        return "analytics/value";
    }
}

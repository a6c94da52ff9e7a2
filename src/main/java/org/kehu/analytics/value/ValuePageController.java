package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer value page: the newest fit's parameters for every reader of reports; for the analyst
 * ({@code model.edit}) also the fit up to a chosen calibration end, its holdout figure, the scoring progress and
 * the settings. The figure aggregates every customer's purchases, so it is the analyst's, not the account
 * manager's (whose scope is his own customers). The fit runs in the background: the form redirects to the page at
 * once, which polls {@code /analytics/value/progress} while the fit runs and reloads when it has ended, to show the
 * new fit's chart and parameters (while its customers are scored) or why the date was refused.
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

    /** How long the form waits for the fit before it shows the progress instead. */
    private static final Duration WAIT = Duration.ofSeconds(2);

    @GetMapping("/analytics/value")
    String page(Model model) {
        ValueForms.FitForm fit = new ValueForms.FitForm();
        // The day of the page's last fit stays in the form while it runs, when refused, or while its model is the
        // newest; else today.
        Long latestId = store.latest().map(ClvModel::id).orElse(null);
        fit.setCalibrationEnd(fitting.pageFit()
                .filter(f -> f.running() || f.refused() || (f.modelId() != null && f.modelId().equals(latestId)))
                .map(PageFit::calibrationEnd).orElse(fitting.today()));
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
                PageFit fit = fitting.startPageFit(form.getCalibrationEnd(),
                        users.currentUser().map(u -> u.id()).orElse(null), WAIT);
                if (!fit.running() && !fit.refused()) {
                    redirect.addFlashAttribute("flash", messages.text("clv.fit.done"));
                }
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

    /**
     * The progress of the page's fit and of the newest fit's scoring; htmx polls it while either goes on. When a fit
     * the page showed running has ended, the page reloads ({@code HX-Refresh}) to show its chart or its refusal.
     */
    @GetMapping("/analytics/value/progress")
    @PreAuthorize("hasAuthority('model.edit')")
    String progress(@RequestParam(defaultValue = "false") boolean fitting, Model model, HttpServletResponse response) {
        PageFit fit = this.fitting.pageFit().orElse(null);
        if (fitting && (fit == null || !fit.running())) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("latest", store.latest().orElse(null));
        model.addAttribute("pageFit", fit);
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
        boolean canEdit = users.currentUser().map(u -> u.can(Permission.MODEL_EDIT)).orElse(false);
        model.addAttribute("canEdit", canEdit);
        PageFit pageFit = fitting.pageFit().orElse(null);
        model.addAttribute("pageFit", pageFit);
        // A refusal is news until a later fit stored a model.
        if (canEdit && pageFit != null && pageFit.refused() && !model.containsAttribute("fitError")
                && (latest == null || latest.startedAt().isBefore(pageFit.startedAt()))) {
            model.addAttribute("fitError", messages.text(pageFit.refusalKey(), pageFit.refusalArgs()));
            model.addAttribute("fitErrorEnd", pageFit.calibrationEnd());
        }
        // The newest fit is shown as soon as it is fitted: its parameters and holdout are final while its customers
        // are scored (the customer pages keep the current model until then). A fit whose scoring failed is not.
        ClvModel shownModel = latest != null && latest.status() != ClvModel.Status.FAILED ? latest : current;
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

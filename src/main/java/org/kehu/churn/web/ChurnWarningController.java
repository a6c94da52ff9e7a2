package org.kehu.churn.web;

import java.io.IOException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.churn.ChurnSettings;
import org.kehu.churn.ChurnWarnings;
import org.kehu.churn.SettingsInput;
import org.kehu.churn.WarningFilter;
import org.kehu.churn.internal.PAliveSource;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.web.FormSubmission;
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

import jakarta.servlet.http.HttpServletResponse;

/** The churn warning list: filters, keyset pager, export, and the rule's settings form above it. */
@Controller
@PreAuthorize("hasAuthority('churn.view')")
class ChurnWarningController {

    static final int PAGE_SIZE = 20;

    private final ChurnWarnings warnings;
    private final ChurnWebSupport support;
    private final PAliveSource pAlive;
    private final UserDirectory users;
    private final Messages messages;

    ChurnWarningController(ChurnWarnings warnings, ChurnWebSupport support, PAliveSource pAlive, UserDirectory users,
            Messages messages) {
        this.warnings = warnings;
        this.support = support;
        this.pAlive = pAlive;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/churn/warnings")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String region, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String after, HtmxRequest htmx, Model model) {
        WarningFilter filter = ChurnWebSupport.filter(state, owner, region, reason);
        rows(filter, after, model);
        if (htmx.isHtmxRequest() && "churn-rows".equals(htmx.getTarget())) {
            return "churn/warnings :: rows";
        }
        return page(model, settingsForm(warnings.settings()));
    }

    @GetMapping("/churn/warnings/export")
    @PreAuthorize("hasAuthority('churn.view') and hasAuthority('report.export')")
    void export(@RequestParam(required = false) String state, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String region, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        ChurnExports.write(warnings, ChurnWebSupport.filter(state, owner, region, reason), format, response);
    }

    @PostMapping("/churn/settings")
    @PreAuthorize("hasAuthority('model.edit') or hasAuthority('setting.edit')")
    String saveSettings(@ModelAttribute("settingsForm") SettingsInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            warnings.saveSettings(form);
            redirect.addFlashAttribute("flash", messages.text("churn.settings.saved"));
            return "redirect:/churn/warnings";
        }, () -> {
            rows(new WarningFilter(null, null, null, null), null, model);
            model.addAttribute("settingsOpen", true);
            return page(model, form);
        });
    }

    private void rows(WarningFilter filter, String after, Model model) {
        model.addAttribute("page", warnings.page(filter, after, PAGE_SIZE));
        CappedCount count = warnings.count(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("count", count.value());
        model.addAttribute("countCapped", count.capped());
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("firstPage", after == null || after.isBlank());
        model.addAttribute("showPAlive", pAlive.available());
    }

    private String page(Model model, SettingsInput form) {
        support.choices(model);
        model.addAttribute("settings", warnings.settings());
        var user = users.requireCurrentUser();
        model.addAttribute("canEditSettings", user.can(Permission.MODEL_EDIT) || user.can(Permission.SETTING_EDIT));
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", form);
        }
        return "churn/warnings";
    }

    private static SettingsInput settingsForm(ChurnSettings s) {
        SettingsInput form = new SettingsInput();
        form.setInactivityMonths(s.inactivityMonths());
        form.setThreshold(s.pAliveThreshold());
        form.setVersion(s.version());
        return form;
    }
}

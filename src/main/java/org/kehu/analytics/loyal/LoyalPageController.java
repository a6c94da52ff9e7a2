package org.kehu.analytics.loyal;

import java.io.IOException;
import java.time.LocalDate;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.analytics.CustomerValues;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.web.ExportDownload;
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

/** The loyal customer list: who is on it and why, its settings above it, export. */
@Controller
@PreAuthorize("hasAuthority('report.view')")
class LoyalPageController {

    static final int PAGE_SIZE = 20;

    private final LoyalCustomers loyal;
    private final CustomerValues values;
    private final UserDirectory users;
    private final Messages messages;

    LoyalPageController(LoyalCustomers loyal, CustomerValues values, UserDirectory users, Messages messages) {
        this.loyal = loyal;
        this.values = values;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/analytics/loyal")
    String list(@RequestParam(required = false) Long owner, @RequestParam(required = false) String after,
            HtmxRequest htmx, Model model) {
        rows(owner, after, model);
        if (htmx.isHtmxRequest() && "loyal-rows".equals(htmx.getTarget())) {
            return "analytics/loyal :: rows";
        }
        return page(model, LoyalSettingsInput.of(loyal.settings()));
    }

    @GetMapping("/analytics/loyal/export")
    @PreAuthorize("hasAuthority('report.view') and hasAuthority('report.export')")
    void export(@RequestParam(required = false) Long owner, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        write(loyal, owner, format, response);
    }

    @PostMapping("/analytics/loyal/settings")
    @PreAuthorize("hasAuthority('model.edit') or hasAuthority('setting.edit')")
    String saveSettings(@ModelAttribute("settingsForm") LoyalSettingsInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            loyal.saveSettings(form);
            redirect.addFlashAttribute("flash", messages.text("analytics.loyal.settings.saved"));
            return "redirect:/analytics/loyal";
        }, () -> {
            rows(null, null, model);
            model.addAttribute("settingsOpen", true);
            return page(model, form);
        });
    }

    /** Streams the export into the response, for the page and the API alike. */
    static void write(LoyalCustomers loyal, Long owner, String format, HttpServletResponse response) throws IOException {
        TableExport.Format f = ExportDownload.format(format, "analytics.loyal.error.export-format");
        loyal.export(owner, f, ExportDownload.start(response, f, "loyal-customers-" + LocalDate.now(BusinessTime.ZONE)));
        response.flushBuffer();
    }

    private void rows(Long owner, String after, Model model) {
        model.addAttribute("page", loyal.page(owner, after, PAGE_SIZE));
        CappedCount count = loyal.count(owner);
        model.addAttribute("count", count.value());
        model.addAttribute("countCapped", count.capped());
        model.addAttribute("owner", owner);
        model.addAttribute("query", owner == null ? "" : "owner=" + owner);
        model.addAttribute("firstPage", after == null || after.isBlank());
    }

    private String page(Model model, LoyalSettingsInput form) {
        model.addAttribute("settings", loyal.settings());
        model.addAttribute("levels", LoyalCustomers.choosableLevels());
        model.addAttribute("hasModel", values.hasModel());
        model.addAttribute("owners", users.assignableOwners(Permission.CUSTOMER_VIEW));
        var user = users.requireCurrentUser();
        model.addAttribute("canEditSettings", user.can(Permission.MODEL_EDIT) || user.can(Permission.SETTING_EDIT));
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", form);
        }
        return "analytics/loyal";
    }
}

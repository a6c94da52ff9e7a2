package org.kehu.identity.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import jakarta.validation.Valid;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.internal.DepartmentAdmin;
import org.kehu.identity.internal.RoleAdmin;
import org.kehu.identity.internal.UserAdmin;
import org.kehu.identity.internal.UserFilter;
import org.kehu.identity.internal.UserForm;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.CappedCount;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's user pages: list with filters, create, edit, enable/disable, reset password, unlock, delete. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAdmin users;
    private final DepartmentAdmin departments;
    private final RoleAdmin roles;
    private final Dictionary dictionary;
    private final Messages messages;

    UserAdminController(UserAdmin users, DepartmentAdmin departments, RoleAdmin roles, Dictionary dictionary,
            Messages messages) {
        this.users = users;
        this.departments = departments;
        this.roles = roles;
        this.dictionary = dictionary;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('user.view')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long roleId, @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before,
            HtmxRequest htmx, Model model) {
        UserFilter filter = new UserFilter(q, departmentId, roleId, enabled);
        model.addAttribute("page", users.page(filter, after, before, UserFilter.PAGE_SIZE));
        CappedCount count = users.count(filter);
        model.addAttribute("count", count.value());
        model.addAttribute("countCapped", count.capped());
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("q", q);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("roleId", roleId);
        model.addAttribute("enabled", enabled);
        model.addAttribute("departments", departments.tree());
        model.addAttribute("roles", roles.list());
        // A history restore asks for the whole page although it comes from htmx.
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? "identity/admin/users :: rows" : "identity/admin/users";
    }

    /** The filtered user list as CSV, streamed. */
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('user.view')")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long roleId, @RequestParam(required = false) Boolean enabled,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var csv = org.kehu.shared.web.CsvDownload.start(response, "users.csv");
        csv.writeRecord(messages.text("identity.user.username"), messages.text("identity.user.name"),
                messages.text("identity.user.employeeCode"), messages.text("identity.user.department"),
                messages.text("identity.user.position"), messages.text("identity.user.roles"),
                messages.text("identity.user.status"));
        users.each(new UserFilter(q, departmentId, roleId, enabled), u -> csv.writeRecord(u.username(), u.name(),
                nz(u.employeeCode()), nz(u.departmentName()),
                u.positionCode() == null ? "" : dictionary.label(DictionaryType.POSITION, u.positionCode()), nz(u.roles(org.springframework.context.i18n.LocaleContextHolder.getLocale())),
                messages.text(u.enabled() ? "common.enabled" : "common.disabled")));
        csv.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('user.create')")
    String createForm(Model model) {
        model.addAttribute("user", new UserForm());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('user.create')")
    String create(@Valid @ModelAttribute("user") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(result, model, () -> {
            var created = users.create(form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            redirect.addFlashAttribute("newPassword", created.password());
            return "redirect:/admin/users/" + created.id();
        }, () -> form(model, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('user.view')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("user", users.form(id));
        return form(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('user.edit')")
    String update(@PathVariable long id, @Valid @ModelAttribute("user") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        users.form(id); // 404 before anything else
        return FormSubmission.save(result, model, () -> {
            users.update(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/admin/users/" + id;
        }, () -> form(model, id));
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('user.edit')")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        users.setEnabled(id, true);
        redirect.addFlashAttribute("flash", messages.text("identity.user.enabled-now"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('user.edit')")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        messages.flashOutcome(redirect, () -> users.setEnabled(id, false), "identity.user.disabled-now", "actionError");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('user.edit')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("flash", messages.text("identity.user.unlocked"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    @PreAuthorize("hasAuthority('user.edit')")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newPassword", users.resetPassword(id, password));
        } catch (InvalidInputException e) {
            // Shown beside the password field of the reset form, saying which rule the password breaks.
            redirect.addFlashAttribute("resetPasswordError", e.fieldErrors().get("password"));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('user.delete')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        return messages.flashOutcome(redirect, () -> users.delete(id), "common.deleted", "actionError")
                ? "redirect:/admin/users" : "redirect:/admin/users/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("userId", id);
        model.addAttribute("departments", departments.tree());
        model.addAttribute("roles", roles.list());
        model.addAttribute("positions", dictionary.enabledEntries(DictionaryType.POSITION));
        model.addAttribute("levels", dictionary.enabledEntries(DictionaryType.LEVEL));
        if (id != null) {
            model.addAttribute("row", users.row(id));
        }
        return "identity/admin/user-form";
    }
}

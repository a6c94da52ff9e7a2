package org.kehu.identity.web;

import jakarta.validation.Valid;

import org.kehu.identity.DataScope;
import org.kehu.identity.Permission;
import org.kehu.identity.internal.RoleAdmin;
import org.kehu.identity.internal.RoleForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Roles with their data scope and a permission matrix of module by action. */
@Controller
@RequestMapping("/admin/roles")
class RoleController {

    private final RoleAdmin roles;
    private final Messages messages;

    RoleController(RoleAdmin roles, Messages messages) {
        this.roles = roles;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('role.view')")
    String list(Model model) {
        model.addAttribute("roles", roles.list());
        return "identity/admin/roles";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('role.edit')")
    String createForm(Model model) {
        model.addAttribute("role", new RoleForm());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('role.edit')")
    String create(@Valid @ModelAttribute("role") RoleForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(result, model, () -> {
            long id = roles.create(form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/admin/roles/" + id;
        }, () -> form(model, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('role.view')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("role", roles.form(id));
        return form(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('role.edit')")
    String update(@PathVariable long id, @Valid @ModelAttribute("role") RoleForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("systemRole", roles.form(id).isSystemRole());
        return FormSubmission.save(result, model, () -> {
            roles.update(id, form);
            redirect.addFlashAttribute("flash", messages.text("identity.role.saved"));
            return "redirect:/admin/roles/" + id;
        }, () -> form(model, id));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('role.edit')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        return messages.flashOutcome(redirect, () -> roles.delete(id), "common.deleted", "actionError")
                ? "redirect:/admin/roles" : "redirect:/admin/roles/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("roleId", id);
        if (!model.containsAttribute("systemRole")) {
            model.addAttribute("systemRole", model.getAttribute("role") instanceof RoleForm f && f.isSystemRole());
        }
        model.addAttribute("modules", Permission.byModule());
        model.addAttribute("actions", Permission.byModule().values().stream().flatMap(java.util.List::stream)
                .map(Permission::action).distinct().toList());
        model.addAttribute("scopes", DataScope.values());
        return "identity/admin/role-form";
    }
}

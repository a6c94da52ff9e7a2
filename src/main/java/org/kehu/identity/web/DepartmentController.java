package org.kehu.identity.web;

import java.util.Map;

import org.kehu.identity.internal.DepartmentAdmin;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department tree on one page: each node edits in place; a form below adds a department. */
@Controller
@RequestMapping("/admin/departments")
@PreAuthorize("hasAuthority('department.edit')")
class DepartmentController {

    private final DepartmentAdmin departments;
    private final Messages messages;

    DepartmentController(DepartmentAdmin departments, Messages messages) {
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping
    String tree(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("tree", departments.tree());
        if (edit != null && !model.containsAttribute("editing")) {
            model.addAttribute("editing", departments.node(edit));
        }
        if (edit != null) {
            model.addAttribute("head", departments.head(edit));
            model.addAttribute("headCandidates", departments.headCandidates());
        }
        return "identity/admin/departments";
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) Long parentId, @RequestParam(defaultValue = "0") int sortOrder,
            RedirectAttributes redirect) {
        try {
            departments.create(code, name, parentId, sortOrder);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("createErrors", messages.texts(e.fieldErrors()));
            redirect.addFlashAttribute("createInput", Map.of("code", code == null ? "" : code, "name", name == null ? "" : name));
        }
        return "redirect:/admin/departments";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, @RequestParam(required = false) Long parentId,
            @RequestParam(defaultValue = "0") int sortOrder, @RequestParam long version, RedirectAttributes redirect) {
        try {
            departments.update(id, code, name, parentId, sortOrder, version);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/admin/departments";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("editErrors", messages.texts(e.fieldErrors()));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("actionError", messages.text("error.concurrent-edit"));
        }
        return "redirect:/admin/departments?edit=" + id;
    }

    @PostMapping("/{id}/head")
    String head(@PathVariable long id, @RequestParam(required = false) Long headUserId, RedirectAttributes redirect) {
        try {
            departments.setHead(id, headUserId);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", messages.text(e.fieldErrors().values().iterator().next()));
        }
        return "redirect:/admin/departments?edit=" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        messages.flashOutcome(redirect, () -> departments.delete(id), "common.deleted", "actionError");
        return "redirect:/admin/departments";
    }
}

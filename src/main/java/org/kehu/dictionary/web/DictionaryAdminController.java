package org.kehu.dictionary.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.internal.DictionaryAdmin;
import org.kehu.dictionary.internal.EntryForm;
import org.kehu.dictionary.internal.EntryRow;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for the dictionary's types and their entries. */
@Controller
@RequestMapping("/admin/dictionary")
@PreAuthorize("hasAuthority('dictionary.edit')")
class DictionaryAdminController {

    private final DictionaryAdmin admin;
    private final SmartValidator validator;
    private final Messages messages;

    DictionaryAdminController(DictionaryAdmin admin, SmartValidator validator, Messages messages) {
        this.admin = admin;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String types(Model model) {
        model.addAttribute("counts", admin.counts());
        return "dictionary/types";
    }

    @GetMapping("/{typeName}")
    String entries(@PathVariable String typeName, Model model) {
        DictionaryType type = DictionaryAdmin.type(typeName);
        model.addAttribute("type", type);
        model.addAttribute("entries", admin.entries(type));
        return "dictionary/entries";
    }

    @GetMapping("/{typeName}/new")
    String newEntry(@PathVariable String typeName, Model model) {
        DictionaryType type = DictionaryAdmin.type(typeName);
        EntryForm form = new EntryForm();
        form.placeAfter(admin.entries(type).stream().map(EntryRow::sortOrder).toList());
        return form(type, form, null, model);
    }

    @PostMapping("/{typeName}")
    String create(@PathVariable String typeName, @ModelAttribute("form") EntryForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        DictionaryType type = DictionaryAdmin.type(typeName);
        validator.validate(form, binding);
        return FormSubmission.save(binding, model, () -> {
            EntryRow created = admin.create(type, form);
            redirect.addFlashAttribute("flash", messages.text("dictionary.entry.created", created.code()));
            return "redirect:/admin/dictionary/" + type.name();
        }, () -> form(type, form, null, model));
    }

    @GetMapping("/{typeName}/{code}/edit")
    String edit(@PathVariable String typeName, @PathVariable String code, Model model) {
        DictionaryType type = DictionaryAdmin.type(typeName);
        EntryRow entry = admin.entry(type, code);
        return form(type, EntryForm.of(entry), entry, model);
    }

    @PostMapping("/{typeName}/{code}")
    String update(@PathVariable String typeName, @PathVariable String code, @ModelAttribute("form") EntryForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        DictionaryType type = DictionaryAdmin.type(typeName);
        EntryRow entry = admin.entry(type, code);
        form.setCode(entry.code());
        validator.validate(form, binding);
        return FormSubmission.save(binding, model, () -> {
            admin.update(type, code, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/admin/dictionary/" + type.name();
        }, () -> form(type, form, entry, model));
    }

    /** The inline switch: htmx swaps the row; without htmx the list is shown again. */
    @PostMapping("/{typeName}/{code}/enabled")
    String enable(@PathVariable String typeName, @PathVariable String code, @RequestParam boolean enabled,
            HtmxRequest htmx, Model model) {
        DictionaryType type = DictionaryAdmin.type(typeName);
        EntryRow entry = admin.setEnabled(type, code, enabled);
        if (!htmx.isHtmxRequest()) {
            return "redirect:/admin/dictionary/" + type.name();
        }
        model.addAttribute("type", type);
        model.addAttribute("e", entry);
        return "dictionary/entry-row :: row";
    }

    @PostMapping("/{typeName}/{code}/delete")
    String delete(@PathVariable String typeName, @PathVariable String code, RedirectAttributes redirect) {
        DictionaryType type = DictionaryAdmin.type(typeName);
        messages.flashOutcome(redirect, () -> admin.delete(type, code), "common.deleted", "problem");
        return "redirect:/admin/dictionary/" + type.name();
    }

    private String form(DictionaryType type, EntryForm form, EntryRow entry, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        return "dictionary/entry-form";
    }
}

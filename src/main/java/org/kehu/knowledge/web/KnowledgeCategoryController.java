package org.kehu.knowledge.web;

import org.kehu.knowledge.KnowledgeCategories;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The knowledge categories' editor page: both languages' names, order, and removal of empty ones. */
@Controller
@PreAuthorize("hasAuthority('knowledge.edit')")
class KnowledgeCategoryController {

    private final KnowledgeCategories categories;
    private final Messages messages;

    KnowledgeCategoryController(KnowledgeCategories categories, Messages messages) {
        this.categories = categories;
        this.messages = messages;
    }

    @GetMapping("/knowledge/categories")
    String page(Model model) {
        model.addAttribute("categories", categories.list());
        return "knowledge/categories";
    }

    @PostMapping("/knowledge/categories")
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String nameZh,
            @RequestParam(required = false) String nameEn, RedirectAttributes redirect) {
        return outcome(redirect, () -> categories.create(code, nameZh, nameEn), "common.saved");
    }

    @PostMapping("/knowledge/categories/{code}")
    String rename(@PathVariable String code, @RequestParam(required = false) String nameZh,
            @RequestParam(required = false) String nameEn, RedirectAttributes redirect) {
        return outcome(redirect, () -> categories.rename(code, nameZh, nameEn), "common.saved");
    }

    @PostMapping("/knowledge/categories/{code}/{direction:up|down}")
    String move(@PathVariable String code, @PathVariable String direction, RedirectAttributes redirect) {
        return outcome(redirect, () -> categories.move(code, "up".equals(direction)), "knowledge.category.moved");
    }

    @PostMapping("/knowledge/categories/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        return outcome(redirect, () -> categories.delete(code), "common.deleted");
    }

    private String outcome(RedirectAttributes redirect, Runnable action, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.text(doneKey));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("categoryError", String.join(" ", messages.texts(e.fieldErrors()).values()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("categoryError", messages.text(e.messageKey()));
        }
        return "redirect:/knowledge/categories";
    }
}

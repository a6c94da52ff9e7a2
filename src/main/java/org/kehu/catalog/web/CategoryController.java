package org.kehu.catalog.web;

import org.kehu.catalog.internal.CategoryForm;
import org.kehu.catalog.internal.ProductCategory;
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

/** The admin of product categories: the list, create and edit. */
@Controller
@PreAuthorize("hasAuthority('product.view')")
class CategoryController {

    private final CatalogPageSupport support;
    private final Messages messages;

    CategoryController(CatalogPageSupport support, Messages messages) {
        this.support = support;
        this.messages = messages;
    }

    @GetMapping("/products/categories")
    String list(Model model) {
        model.addAttribute("categoryList", support.admin().categories());
        return "catalog/categories";
    }

    @GetMapping("/products/categories/new")
    @PreAuthorize("hasAuthority('product.edit')")
    String newForm(Model model) {
        model.addAttribute("form", new CategoryForm());
        return form(model, null);
    }

    @GetMapping("/products/categories/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('product.edit')")
    String editForm(@PathVariable long id, Model model) {
        ProductCategory c = support.admin().category(id);
        model.addAttribute("form", CategoryForm.of(c));
        return form(model, c);
    }

    @PostMapping("/products/categories")
    @PreAuthorize("hasAuthority('product.edit')")
    String create(@ModelAttribute("form") CategoryForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            support.admin().saveCategory(null, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/products/categories";
        }, () -> form(model, null));
    }

    @PostMapping("/products/categories/{id:\\d+}")
    @PreAuthorize("hasAuthority('product.edit')")
    String update(@PathVariable long id, @ModelAttribute("form") CategoryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        ProductCategory current = support.admin().category(id);
        return FormSubmission.save(binding, model, () -> {
            support.admin().saveCategory(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/products/categories";
        }, () -> form(model, current));
    }

    private String form(Model model, ProductCategory existing) {
        model.addAttribute("existing", existing);
        return "catalog/category-form";
    }
}
